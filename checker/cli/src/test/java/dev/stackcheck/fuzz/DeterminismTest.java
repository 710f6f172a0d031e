package dev.stackcheck.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import dev.stackcheck.cli.Main;
import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import dev.stackcheck.report.SarifReport;
import dev.stackcheck.report.TextReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S7.6: the text, JSON and SARIF reports are byte-identical across runs, thread counts, the order
 * in which the inputs are given and the order in which the file system lists them. Each run
 * rewrites the whole tree in a different order (which changes the directory listing order on
 * most file systems) and passes the inputs in a shuffled order.
 */
class DeterminismTest {
  @TempDir Path root;

  @Test
  void reportsAreByteIdenticalAcrossRunsThreadCountsAndInputOrder() throws IOException {
    Map<String, byte[]> tree = sources();
    List<String> first = null;
    Random random = new Random(7);
    for (int threads : new int[] {1, 2, 4}) {
      List<Path> inputs = rewrite(tree, random);
      Report report = new Analyzer(Config.builder().threads(threads).build()).analyze(inputs);
      List<String> outputs = List.of(json(report), sarif(report), text(report), commandLine(inputs, threads));
      assertWithMessage("the run found something to compare").that(report.violations()).isNotEmpty();
      assertWithMessage("the run has errors and warnings to compare").that(report.errors().size() * report.warnings().size()).isGreaterThan(0);
      if (first == null) {
        first = outputs;
      } else {
        assertWithMessage("JSON with %s threads", threads).that(outputs.get(0)).isEqualTo(first.get(0));
        assertWithMessage("SARIF with %s threads", threads).that(outputs.get(1)).isEqualTo(first.get(1));
        assertWithMessage("text with %s threads", threads).that(outputs.get(2)).isEqualTo(first.get(2));
        assertWithMessage("command-line JSON with %s threads", threads).that(outputs.get(3)).isEqualTo(first.get(3));
      }
    }
  }

  /** The seed case, generated programs, a broken file, a file that is not UTF-8 and suppressions. */
  private static Map<String, byte[]> sources() throws IOException {
    Map<String, byte[]> tree = new LinkedHashMap<>();
    Path seed = Path.of(System.getProperty("stackcheck.testdata", "../../testdata")).toAbsolutePath().normalize()
        .resolve("go-runtime/before");
    try (Stream<Path> paths = Files.walk(seed)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        tree.put("runtime-before/" + seed.relativize(path), Files.readAllBytes(path));
      }
    }
    Random random = new Random(42);
    for (int p = 0; p < 6; p++) {
      ProgramGenerator.Program program = ProgramGenerator.generate(random, "det.p" + p, new ProgramGenerator.Options(true, true));
      program.files().forEach((path, text) -> tree.put("generated/" + path, text.getBytes(StandardCharsets.UTF_8)));
    }
    tree.put("broken/Broken.java", "package broken;\nfinal class Broken {\n  void m( {\n}\n".getBytes(StandardCharsets.UTF_8));
    tree.put("broken/Latin.java", new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xE9, ' ', '{', '}'});
    return tree;
  }

  /** Deletes and writes the tree again in a shuffled order; returns its top folders, shuffled. */
  private List<Path> rewrite(Map<String, byte[]> tree, Random random) throws IOException {
    if (Files.exists(root.resolve("src"))) {
      GeneratedProgramsTest.deleteTree(root.resolve("src"));
    }
    List<String> order = new ArrayList<>(tree.keySet());
    Collections.shuffle(order, random);
    List<Path> inputs = new ArrayList<>();
    for (String relative : order) {
      Path path = root.resolve("src").resolve(relative);
      Files.createDirectories(path.getParent());
      Files.write(path, tree.get(relative));
      Path top = root.resolve("src").resolve(relative.substring(0, relative.indexOf('/')));
      if (!inputs.contains(top)) {
        inputs.add(top);
      }
    }
    Collections.shuffle(inputs, random);
    return inputs;
  }

  private String json(Report report) {
    StringWriter out = new StringWriter();
    new JsonReport(new PathDisplay(root)).write(report, out);
    return out.toString();
  }

  private String sarif(Report report) {
    StringWriter out = new StringWriter();
    new SarifReport(root).write(report, out);
    return out.toString();
  }

  private String text(Report report) {
    StringWriter out = new StringWriter();
    new TextReport(new PathDisplay(root), true).write(report, new PrintWriter(out));
    return out.toString();
  }

  private static String commandLine(List<Path> inputs, int threads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("--format", "json"));
    inputs.forEach(input -> args.add(input.toString()));
    new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run(args.toArray(String[]::new));
    return out.toString(StandardCharsets.UTF_8);
  }
}
