package dev.stackcheck.lsp;

import com.google.gson.JsonObject;
import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Save-to-diagnostics latency of the language server on a large real project (not a unit test;
 * run by the Maven profile {@code save-latency}, see docs/performance.md).
 *
 * <p>Copies the sources into a scratch folder, marks a few widely used methods {@code
 * @SystemStack} so that edits can create and clear violations, starts the server in-process
 * behind a real LSP4J client over piped streams, and times single-file edits in different files:
 * each is a {@code didChange} with the new text followed by {@code didSave}, and its latency runs
 * until the server's log line for that update arrives (it follows the diagnostics it published).
 * Half the edits only touch a method body; the other half add a call to a {@code @SystemStack}
 * method (a new violation) and the following edit of that file removes it again. The first
 * {@code WARMUP} edits are not counted. Besides wall-clock latency it reports the process's CPU
 * time per save, which on a shared machine says what the latency would be on an idle one. At the
 * end a fresh full analysis runs, for comparison.
 *
 * <p>Arguments: SOURCES [EDITS] [SEED].
 */
public final class SaveLatencyBenchmark {
  private static final int WARMUP = 10;
  private static final Pattern METHOD =
      Pattern.compile("\\n  (?:public |protected |private )?(?:static )?(?:final )?(?:<[^>]+> )?[A-Za-z][\\w<>\\[\\], ?]* (\\w+)\\([^)]*\\)(?: throws [\\w., ]+)? \\{\\n");

  private static final Pattern EXPLICIT_CONSTRUCTOR_CALL = Pattern.compile("\\s*(?:this|super)\\(");

  /** The methods marked @SystemStack in the copy: class file, method declaration text. */
  private static final List<String[]> SYSTEM_STACK = List.of(
      new String[] {"com/google/common/primitives/Ints.java", "public static int checkedCast(long value) {", "com.google.common.primitives.Ints.checkedCast(1L)"},
      new String[] {"com/google/common/math/LongMath.java", "public static long checkedMultiply(long a, long b) {", "com.google.common.math.LongMath.checkedMultiply(2L, 3L)"},
      new String[] {"com/google/common/base/Strings.java", "public static String repeat(String string, int count) {", "com.google.common.base.Strings.repeat(\"x\", 2)"});

  private static Timed lastSave;

  private SaveLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path original = Path.of(args[0]).toAbsolutePath().normalize();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Path root = Files.createTempDirectory("stackcheck-save-latency");
    copyJava(original, root);
    for (String[] method : SYSTEM_STACK) {
      Path file = root.resolve(method[0]);
      String text = Files.readString(file);
      if (!text.contains(method[1])) {
        throw new IllegalStateException("not found in " + file + ": " + method[1]);
      }
      Files.writeString(file, text.replace(method[1], "@dev.stackcheck.annotations.SystemStack " + method[1]));
    }
    List<Path> files;
    try (var walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    System.out.printf("corpus: %d files under %s; load average before: %s%n", files.size(), original, loadAverage());

    Client client = new Client();
    LanguageServer server = PipedSession.connect(client);
    long start = System.nanoTime();
    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "corpus")));
    JsonObject options = new JsonObject();
    options.addProperty("debounce-ms", 200);
    params.setInitializationOptions(options);
    server.initialize(params).get();
    server.initialized(new InitializedParams());
    String opened = client.awaitLog("analyzed", 3600);
    System.out.printf("open: %s (%.1f s until the first diagnostics)%n", opened, (System.nanoTime() - start) / 1e9);
    System.out.printf("heap after open (after GC): %d MB%n", usedHeapMegabytes());

    Random random = new Random(seed);
    List<Path> candidates = new ArrayList<>(files);
    Collections.shuffle(candidates, random);
    List<Double> cpu = new ArrayList<>();
    List<Double> bodyOnly = new ArrayList<>();
    List<Double> violations = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    int version = 0;
    int done = 0;
    int next = 0;
    List<String> updates = new ArrayList<>();
    List<Timed> slowest = new ArrayList<>();
    List<Double> typos = new ArrayList<>();
    while (done < edits + WARMUP && next < candidates.size()) {
      Path file = candidates.get(next++);
      String text = Files.readString(file);
      Matcher method = METHOD.matcher(text);
      List<Integer> bodies = new ArrayList<>();
      while (method.find()) {
        // A statement before this(...) or super(...) would not compile: not a body-only edit.
        if (!EXPLICIT_CONSTRUCTOR_CALL.matcher(text).region(method.end(), text.length()).lookingAt()) {
          bodies.add(method.end());
        }
      }
      if (bodies.isEmpty()) {
        continue;
      }
      int at = bodies.get(random.nextInt(bodies.size()));
      String uri = file.toUri().toString();
      client.logs.clear();
      server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", ++version, text)));
      client.awaitLog("change(s)", 600);
      boolean addsViolation = done % 2 == 1;
      String statement = addsViolation ? "    " + SYSTEM_STACK.get(done % SYSTEM_STACK.size())[2] + ";\n" : "    int edited" + done + " = " + done + ";\n";
      String edited = text.substring(0, at) + statement + text.substring(at);
      long cpuStart = processCpuNanos();
      double millis = save(server, client, uri, edited, ++version, updates);
      double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
      if (done >= WARMUP) {
        slowest.add(lastSave);
      }
      if (addsViolation) {
        cpuStart = processCpuNanos();
        double cleared = save(server, client, uri, text, ++version, updates);
        if (done >= WARMUP) {
          slowest.add(lastSave);
          violations.add(millis);
          violations.add(cleared);
          all.add(cleared);
          cpu.add((processCpuNanos() - cpuStart) / 1e6);
        }
      } else if (done >= WARMUP) {
        bodyOnly.add(millis);
        // A typo while typing (unsaved, does not parse), then typed away again.
        String typo = text.substring(0, at) + "    int typing = ;\n" + text.substring(at);
        client.logs.clear();
        long typed = System.nanoTime();
        server.getTextDocumentService()
            .didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version), List.of(new TextDocumentContentChangeEvent(typo))));
        client.awaitLog("held back", 600);
        typos.add((System.nanoTime() - typed) / 1e6);
        client.logs.clear();
        server.getTextDocumentService()
            .didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version), List.of(new TextDocumentContentChangeEvent(text))));
        client.awaitLog("change(s)", 600);
      }
      if (done >= WARMUP) {
        cpu.add(cpuMillis);
      }
      if (done >= WARMUP) {
        all.add(millis);
      }
      done++;
    }
    System.out.printf("edits measured: %d saves in %d files (after %d warm-up files); load average after: %s%n",
        all.size(), done - WARMUP, WARMUP, loadAverage());
    print("all saves", all);
    print("body-only edits", bodyOnly);
    print("add or remove a @SystemStack call", violations);
    print("CPU time of the process per save", cpu);
    print("unsaved typo (incl. debounce)", typos);
    System.out.printf("heap after edits (after GC): %d MB%n", usedHeapMegabytes());
    System.out.println("server log of the last updates: " + updates.subList(Math.max(0, updates.size() - 3), updates.size()));
    System.out.println("slowest measured saves, with the server's log line:");
    slowest.sort((a, b) -> Double.compare(b.millis(), a.millis()));
    for (Timed save : slowest.subList(0, Math.min(6, slowest.size()))) {
      System.out.printf("  %7.1f ms  %s%n", save.millis(), save.log());
    }

    long fullStart = System.nanoTime();
    Config config = Config.defaults();
    StringWriter fresh = new StringWriter();
    new JsonReport(new PathDisplay(root)).write(new Analyzer(config).analyze(List.of(root)), fresh);
    System.out.printf("fresh full analysis: %.1f s; violations in it: %s%n", (System.nanoTime() - fullStart) / 1e9,
        count(fresh.toString(), "\"rule\":"));
    server.shutdown().get();
    System.exit(0);
  }

  private static double save(LanguageServer server, Client client, String uri, String text, int version, List<String> updates)
      throws InterruptedException {
    client.logs.clear();
    long start = System.nanoTime();
    server.getTextDocumentService()
        .didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
    String log = client.awaitLog("change(s)", 600);
    double millis = (System.nanoTime() - start) / 1e6;
    updates.add(log);
    lastSave = new Timed(millis, uri.substring(uri.lastIndexOf('/') + 1) + ": " + log);
    return millis;
  }

  /** One save's latency and the server's log line for it. */
  private record Timed(double millis, String log) {}

  private static void print(String what, List<Double> samples) {
    if (samples.isEmpty()) {
      return;
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    System.out.printf("%-36s n=%3d  median %6.1f ms  p95 %6.1f ms  max %7.1f ms%n", what, sorted.size(),
        percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
  }

  private static double percentile(List<Double> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** CPU time of every thread of this process (analysis, protocol, JIT, GC): what a save costs on an idle machine. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long usedHeapMegabytes() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static long count(String text, String needle) {
    return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
  }

  private static void copyJava(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path source : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
  }

  /** Keeps the log lines; diagnostics are only counted. */
  private static final class Client implements LanguageClient {
    final LinkedBlockingQueue<String> logs = new LinkedBlockingQueue<>();
    final Map<String, List<Diagnostic>> diagnostics = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.put(params.getUri(), params.getDiagnostics());
    }

    @Override
    public void logMessage(MessageParams message) {
      logs.add(message.getMessage());
    }

    @Override
    public void showMessage(MessageParams message) {
      logs.add(message.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {}

    String awaitLog(String text, long seconds) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (true) {
        String line = logs.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null) {
          throw new IllegalStateException("no log line with '" + text + "' in " + seconds + " s");
        }
        if (line.contains(text)) {
          return line;
        }
      }
    }
  }
}
