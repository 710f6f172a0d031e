package dev.stackcheck.crosscheck;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** The text a cross-check prints: figures first, then differences grouped by kind with examples. */
final class CrossCheckReport {
  private CrossCheckReport() {}

  /** The summary: figures, mapping, and up to {@code examples} examples per kind. */
  static String format(CrossCheck check, int examples) {
    StringBuilder out = new StringBuilder();
    SourceGraph source = check.source;
    out.append("== ").append(check.corpus.name()).append(" ==\n");
    out.append(
        String.format(
            Locale.ROOT,
            "sources: %d files, %d bodies, %d input errors; pipeline %.1f s; bytecode graph and mapping %.1f s (load average %.2f)%n",
            source.files.size(),
            source.bodies.size(),
            source.errors.size(),
            source.millis / 1000.0,
            check.bytecodeMillis / 1000.0,
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    out.append(
        String.format(
            Locale.ROOT,
            "recall     %6.2f%%  (%d of %d bytecode edges between bodies are in the source graph)%n",
            100 * check.recall(),
            check.common,
            check.bytecodeCounted()));
    out.append(
        String.format(
            Locale.ROOT,
            "precision  %6.2f%%  (%d of %d source edges between bodies are in the bytecode graph)%n",
            100 * check.precision(),
            check.common,
            check.sourceCounted()));
    SourceGraph.Coverage coverage = source.coverage;
    out.append(
        String.format(
            Locale.ROOT,
            "coverage   %6.2f%%  (%d call sites: %d resolved precisely, %d by the fallback, %d unresolved)%n",
            100 * coverage.preciseShare(),
            coverage.callSites(),
            coverage.precise(),
            coverage.fallback(),
            coverage.unresolved()));

    Map<BodyMapping.Status, Integer> statuses = new TreeMap<>();
    Map<String, Integer> unmapped = new TreeMap<>();
    Map<String, Integer> transparent = new TreeMap<>();
    Set<String> mappedSignatures = new HashSet<>();
    for (BodyMapping.Mapped mapped : check.mapping.methods.values()) {
      statuses.merge(mapped.status(), 1, Integer::sum);
      switch (mapped.status()) {
        case MAPPED -> mappedSignatures.add(mapped.signature());
        case TRANSPARENT -> transparent.merge(mapped.reason(), 1, Integer::sum);
        case UNMAPPED -> unmapped.merge(category(mapped.reason()), 1, Integer::sum);
      }
    }
    out.append("class-file methods: ").append(statuses).append('\n');
    out.append("  transparent (edges through them count): ").append(transparent).append('\n');
    out.append("  unmapped (their edges are not compared): ").append(unmapped).append('\n');
    Map<String, Integer> withoutMethod = new TreeMap<>();
    List<String> withoutExamples = new ArrayList<>();
    for (Body body : source.bodies.values()) {
      if (body.kind() != Body.Kind.INSTANCE_INIT && !mappedSignatures.contains(body.signature())) {
        withoutMethod.merge(body.kind().toString(), 1, Integer::sum);
        if (withoutExamples.size() < examples) {
          withoutExamples.add(body.signature());
        }
      }
    }
    out.append("source bodies without a class-file method: ").append(withoutMethod).append(' ').append(withoutExamples).append('\n');

    out.append("intended differences, listed and not counted:\n");
    for (Map.Entry<CrossCheck.Intended, List<CrossCheck.Difference>> entry : check.excluded.entrySet()) {
      out.append(String.format(Locale.ROOT, "  %6d  %s%n", entry.getValue().size(), entry.getKey().description));
      appendExamples(out, entry.getValue(), examples);
    }
    out.append("missed (bytecode only) by kind:\n");
    appendByKind(out, check.missed, examples);
    out.append("extra (source only) by kind:\n");
    appendByKind(out, check.extra, examples);
    out.append("call sites not resolved precisely (first ").append(examples * 4).append("):\n");
    List<CallSite> sites = new ArrayList<>(source.impreciseSites);
    sites.sort(Comparator.comparing((CallSite s) -> s.location().file().toString()).thenComparingInt(s -> s.location().line()));
    for (CallSite site : sites.subList(0, Math.min(sites.size(), examples * 4))) {
      out.append("  ")
          .append(site.location().file().getFileName())
          .append(':')
          .append(site.location().line())
          .append(' ')
          .append(shorten(site.node().toString()))
          .append(": ")
          .append(site.resolution() == null ? "not resolved" : site.resolution().reason())
          .append('\n');
    }
    return out.toString();
  }

  /** Every difference, one a line, for a file beside the summary. */
  static String differences(CrossCheck check) {
    StringBuilder out = new StringBuilder();
    append(out, "missed", check.missed);
    append(out, "extra", check.extra);
    for (Map.Entry<CrossCheck.Intended, List<CrossCheck.Difference>> entry : check.excluded.entrySet()) {
      append(out, "intended " + entry.getKey(), entry.getValue());
    }
    for (CallSite site : check.source.impreciseSites) {
      out.append("imprecise\t")
          .append(site.location().file().getFileName()).append(':').append(site.location().line())
          .append('\t').append(site.kind()).append('\t').append(shorten(site.node().toString()))
          .append('\t').append(site.resolution() == null ? "not resolved" : site.resolution().reason())
          .append('\n');
    }
    for (Map.Entry<MethodRef, BodyMapping.Mapped> entry : check.mapping.methods.entrySet()) {
      if (entry.getValue().status() == BodyMapping.Status.UNMAPPED) {
        out.append("unmapped\t").append(entry.getKey()).append('\t').append(entry.getValue().reason()).append('\n');
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String label, List<CrossCheck.Difference> differences) {
    List<CrossCheck.Difference> sorted = new ArrayList<>(differences);
    sorted.sort(Comparator.comparing(CrossCheck.Difference::kind).thenComparing(CrossCheck.Difference::edge));
    for (CrossCheck.Difference difference : sorted) {
      out.append(label).append('\t').append(difference.kind()).append('\t').append(difference.edge())
          .append('\t').append(difference.where()).append('\n');
    }
  }

  private static void appendByKind(StringBuilder out, List<CrossCheck.Difference> differences, int examples) {
    Map<String, List<CrossCheck.Difference>> byKind = group(differences, CrossCheck.Difference::kind);
    List<Map.Entry<String, List<CrossCheck.Difference>>> entries = new ArrayList<>(byKind.entrySet());
    entries.sort(Comparator.comparing((Map.Entry<String, List<CrossCheck.Difference>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, List<CrossCheck.Difference>> entry : entries) {
      out.append(String.format(Locale.ROOT, "  %6d  %s%n", entry.getValue().size(), entry.getKey()));
      appendExamples(out, entry.getValue(), examples);
    }
  }

  private static void appendExamples(StringBuilder out, List<CrossCheck.Difference> differences, int examples) {
    List<CrossCheck.Difference> sorted = new ArrayList<>(differences);
    sorted.sort(Comparator.comparing(CrossCheck.Difference::edge));
    for (CrossCheck.Difference difference : sorted.subList(0, Math.min(examples, sorted.size()))) {
      out.append("            e.g. ").append(difference.edge()).append("  (").append(difference.where()).append(")\n");
    }
  }

  private static <K extends Comparable<K>, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
    Map<K, List<V>> groups = new TreeMap<>();
    for (V value : values) {
      groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value);
    }
    return groups;
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
  }

  private static String category(String reason) {
    int colon = reason.indexOf(':');
    return colon < 0 ? reason : reason.substring(0, colon);
  }
}
