package dev.stackcheck.bench;

import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures, on real corpora and in one JVM: JavaParser parse-only time (the floor for a
 * JavaParser-based tool), the full stackcheck check, and javac compiling the same sources.
 * Each task is warmed up, then run {@code --runs} times, interleaved so that machine noise
 * touches all three alike; the median is reported with the peak heap seen during the task.
 *
 * <p>Run with {@code mvn -B -Pbench -pl checker/bench -am verify} (see docs/performance.md).
 */
public final class Benchmark {
  private Benchmark() {}

  /** One measured configuration. */
  record Row(
      String corpus,
      String scenario,
      double fraction,
      int files,
      long lines,
      double parseSeconds,
      double stackcheckSeconds,
      double javacSeconds,
      long parseHeap,
      long stackcheckHeap,
      long javacHeap,
      int violations,
      double sliceShare,
      String stats) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    Path corpusRoot = Path.of(options.get("corpus-root"));
    Path work = Path.of(options.get("work"));
    int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
    int warmups = Integer.parseInt(options.getOrDefault("warmups", "1"));
    List<Double> fractions =
        Arrays.stream(options.getOrDefault("fractions", "1.0").split(",")).map(Double::parseDouble).toList();
    Path results = Path.of(options.getOrDefault("results", "target/bench/results.md"));

    List<String> scenarios = Arrays.asList(options.getOrDefault("scenarios", "subsystem,broad").split(","));
    List<Row> rows = new ArrayList<>();
    for (String name : options.getOrDefault("corpora", "guava,commons-lang3").split(",")) {
      for (String scenario : scenarios) {
        Corpus corpus = Corpus.load(name.trim(), scenario.trim(), corpusRoot);
        List<Path> all = corpus.prepare(work.resolve("src"));
        for (double fraction : fractions) {
          List<Path> files = subset(all, fraction, corpus.annotatedFiles(work.resolve("src")));
          List<Path> classpath = new ArrayList<>(corpus.libraries());
          if (fraction < 1.0) {
            classpath.addAll(corpus.binaries()); // the rest of the corpus, compiled
          }
          Row row = measure(corpus, fraction, files, classpath, work, runs, warmups);
          rows.add(row);
          System.out.println(format(List.of(row)));
        }
      }
    }
    String table = header() + format(rows);
    Files.createDirectories(results.toAbsolutePath().getParent());
    Files.writeString(results, table);
    System.out.println();
    System.out.println(table);
    System.out.println("(written to " + results + ")");
  }

  /**
   * Every file whose index crosses a multiple of 1/fraction (an even spread over packages), plus
   * the files with annotated methods, so that a partial corpus still has violations to find.
   */
  static List<Path> subset(List<Path> all, double fraction, List<Path> annotated) {
    if (fraction >= 1.0) {
      return all;
    }
    List<Path> chosen = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (Math.floor((i + 1) * fraction) > Math.floor(i * fraction) || annotated.contains(all.get(i))) {
        chosen.add(all.get(i));
      }
    }
    return chosen;
  }

  private static Row measure(
      Corpus corpus, double fraction, List<Path> files, List<Path> classpath, Path work, int runs, int warmups)
      throws Exception {
    long lines = 0;
    for (Path file : files) {
      try (var stream = Files.lines(file)) {
        lines += stream.count();
      }
    }
    int threads = Config.defaults().threads();
    Path javacOut = work.resolve("classes-" + corpus.name());
    double[] parse = new double[runs];
    double[] check = new double[runs];
    double[] javac = new double[runs];
    long parseHeap = 0;
    long checkHeap = 0;
    long javacHeap = 0;
    int violations = -1;
    double sliceShare = 0;
    String stats = "";
    for (int i = -warmups; i < runs; i++) {
      boolean measured = i >= 0;
      Measured<Integer> p = time(() -> Tasks.parseOnly(files, threads));
      if (p.value() != files.size()) {
        throw new IllegalStateException("parse-only: " + (files.size() - p.value()) + " files did not parse");
      }
      Measured<Report> s = time(() -> Tasks.stackcheck(files, classpath));
      Measured<Integer> j = time(() -> Tasks.javac(files, classpath, javacOut));
      if (j.value() != 0) {
        throw new IllegalStateException("javac failed on " + corpus.name());
      }
      if (measured) {
        parse[i] = p.seconds();
        check[i] = s.seconds();
        javac[i] = j.seconds();
        parseHeap = Math.max(parseHeap, p.peakHeap());
        checkHeap = Math.max(checkHeap, s.peakHeap());
        javacHeap = Math.max(javacHeap, j.peakHeap());
      }
      violations = s.value().violations().size();
      var st = s.value().stats();
      sliceShare = (double) (st.callSites() - st.skippedCalls()) / Math.max(1, st.callSites());
      stats = st.callSites() + " call sites: " + st.resolvedCalls() + " resolved, " + st.fallbackCalls()
          + " by fallback, " + st.unresolvedCalls() + " unresolved, " + st.skippedCalls() + " skipped; "
          + s.value().errors().size() + " input errors";
      System.out.printf(Locale.ROOT, "%s/%s %.0f%% run %d: parse %.2fs, stackcheck %.2fs, javac %.2fs%n",
          corpus.name(), corpus.scenario(), fraction * 100, i, p.seconds(), s.seconds(), j.seconds());
    }
    return new Row(corpus.name(), corpus.scenario(), fraction, files.size(), lines, median(parse), median(check),
        median(javac), parseHeap, checkHeap, javacHeap, violations, sliceShare, stats);
  }

  record Measured<T>(T value, double seconds, long peakHeap) {}

  interface Task<T> {
    T run() throws Exception;
  }

  private static <T> Measured<T> time(Task<T> task) throws Exception {
    System.gc();
    try (HeapSampler heap = new HeapSampler()) {
      long start = System.nanoTime();
      T value = task.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Measured<>(value, seconds, heap.peak());
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String header() {
    return "| corpus | annotated | files | lines | parse-only (s) | stackcheck (s) | javac (s) | stackcheck/javac | stackcheck/parse | files/s | lines/s | peak heap parse / stackcheck / javac (MB) | violations | calls in slice | resolution |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  }

  private static String format(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    for (Row r : rows) {
      out.append(String.format(Locale.ROOT,
          "| %s%s | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %d / %d / %d | %d | %.1f%% | %s |%n",
          r.corpus(), r.fraction() < 1.0 ? String.format(Locale.ROOT, " (%.0f%% of files)", r.fraction() * 100) : "",
          r.scenario(), r.files(), r.lines(), r.parseSeconds(), r.stackcheckSeconds(),
          r.javacSeconds(), r.stackcheckSeconds() / r.javacSeconds(), r.stackcheckSeconds() / r.parseSeconds(),
          r.files() / r.stackcheckSeconds(), r.lines() / r.stackcheckSeconds(),
          r.parseHeap() >> 20, r.stackcheckHeap() >> 20, r.javacHeap() >> 20, r.violations(), r.sliceShare() * 100,
          r.stats()));
    }
    return out.toString();
  }
}
