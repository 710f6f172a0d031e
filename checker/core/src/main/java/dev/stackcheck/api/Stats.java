package dev.stackcheck.api;

/**
 * Counts that describe one analysis.
 *
 * @param files source files analyzed (including ones with errors)
 * @param bodies call-graph nodes (S1)
 * @param edges call-graph edges after dispatch expansion
 * @param callSites calls, object creations, method references and constructor invocations seen
 * @param resolvedCalls call sites resolved precisely by the symbol solver
 * @param fallbackCalls call sites not resolved precisely, connected by name and arity instead
 * @param unresolvedCalls call sites neither resolved nor matched by name (calls into code outside
 *     the analysis that the classpath does not describe)
 * @param skippedCalls call sites not resolved because their body cannot reach {@code @SystemStack}
 *     code (0 with {@code resolve-all})
 */
public record Stats(
    int files,
    int bodies,
    int edges,
    int callSites,
    int resolvedCalls,
    int fallbackCalls,
    int unresolvedCalls,
    int skippedCalls) {}
