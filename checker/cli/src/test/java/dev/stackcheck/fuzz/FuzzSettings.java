package dev.stackcheck.fuzz;

/**
 * How much the fuzz suite runs, from system properties so that a failing seed can be replayed and
 * a long run configured without code changes:
 *
 * <ul>
 *   <li>{@code stackcheck.fuzz.seed}: the seed of the first batch (batch {@code i} uses seed + i);
 *   <li>{@code stackcheck.fuzz.programs}: generated programs to check;
 *   <li>{@code stackcheck.fuzz.mutants}: mutated files to analyze.
 * </ul>
 *
 * The defaults are the fixed budget that {@code mvn verify} runs.
 */
record FuzzSettings(long seed, int programs, int mutants) {
  static final long DEFAULT_SEED = 20_240_611L;

  static FuzzSettings fromSystemProperties(int defaultPrograms, int defaultMutants) {
    return new FuzzSettings(
        Long.getLong("stackcheck.fuzz.seed", DEFAULT_SEED),
        Integer.getInteger("stackcheck.fuzz.programs", defaultPrograms),
        Integer.getInteger("stackcheck.fuzz.mutants", defaultMutants));
  }

  /** The system properties that replay one batch. */
  static String replay(long batchSeed, String countProperty, int count) {
    return "-Dstackcheck.fuzz.seed=" + batchSeed + " -Dstackcheck.fuzz." + countProperty + "=" + count;
  }
}
