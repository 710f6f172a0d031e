package dev.stackcheck.lsp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server against a real LSP4J client over piped streams, on a small workspace: the JSON-RPC
 * messages, debouncing and publishing are the ones an editor sees. Waits are bounded only so
 * that a broken server fails instead of hanging; nothing here measures time.
 */
class LanguageServerTest {
  private static final long PATIENCE_MILLIS = 120_000;

  @TempDir Path root;
  private final Client client = new Client();
  private LanguageServer server;
  private Path stack;
  private Path gc;
  private Path other;
  private int version;

  @BeforeEach
  void start() throws Exception {
    stack = write("rt/Stack.java", """
        package rt;
        import dev.stackcheck.annotations.SystemStack;
        final class Stack {
          @SystemStack
          static void stackfree(long n) {}
          static void helper() {}
        }
        """);
    gc = write("rt/Gc.java", """
        package rt;
        final class Gc {
          static void sweep() {
            Stack.helper();
          }
        }
        """);
    write("rt/Stubs.java", """
        package rt;
        final class Stubs {
          static void systemstack(Runnable fn) { fn.run(); }
        }
        """);
    other = write("rt/Other.java", """
        package rt;
        final class Other {
          static int answer() { return 42; }
        }
        """);
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.shutdown().get();
    }
  }

  @Test
  void anEditIntroducesAViolationWithItsPathAndAFixClearsIt() throws Exception {
    connect();
    open(gc);

    edit(gc, read(gc).replace("Stack.helper();", "Stack.stackfree(1);"));
    List<Diagnostic> shown = client.await(gc, d -> !d.isEmpty());

    Diagnostic violation = shown.get(0);
    assertThat(violation.getCode().getLeft()).isEqualTo("SystemStack");
    assertThat(violation.getSource()).isEqualTo("stackcheck");
    assertThat(violation.getMessage()).contains("rt.Stack.stackfree(long)");
    assertThat(violation.getRange().getStart().getLine()).isEqualTo(3);
    List<DiagnosticRelatedInformation> path = violation.getRelatedInformation();
    assertThat(path).hasSize(2);
    assertThat(path.get(0).getMessage()).contains("rt.Gc.sweep()");
    assertThat(path.get(0).getLocation().getUri()).isEqualTo(uri(gc));
    assertThat(path.get(1).getMessage()).contains("@SystemStack rt.Stack.stackfree(long)");
    assertThat(path.get(1).getLocation().getUri()).isEqualTo(uri(stack));
    assertThat(path.get(1).getLocation().getRange().getStart().getLine()).isEqualTo(4);

    edit(gc, read(gc).replace("Stack.helper();", "Stubs.systemstack(() -> Stack.stackfree(1));"));
    client.await(gc, List::isEmpty);
  }

  @Test
  void savingOneFileCreatesAndClearsAViolationInAnother() throws Exception {
    connect();
    open(stack);
    String annotated = read(stack).replace("  static void helper", "  @SystemStack\n  static void helper");

    edit(stack, annotated);
    save(stack);
    List<Diagnostic> shown = client.await(gc, d -> !d.isEmpty());
    assertThat(shown.get(0).getMessage()).contains("rt.Stack.helper()");

    edit(stack, read(stack));
    save(stack);
    client.await(gc, List::isEmpty);
  }

  @Test
  void aSyntaxErrorMidEditKeepsTheOtherDiagnostics() throws Exception {
    Files.writeString(gc, read(gc).replace("Stack.helper();", "Stack.stackfree(1);"));
    connect();
    client.await(gc, d -> !d.isEmpty());
    open(other);

    edit(other, read(other).replace("return 42; }", "return 42;"));
    List<Diagnostic> errors = client.await(other, d -> !d.isEmpty());

    assertThat(errors.get(0).getCode().getLeft()).isEqualTo(Diagnostics.INPUT_ERROR);
    assertThat(errors.get(0).getMessage()).contains("syntax error");
    assertThat(client.latest(gc)).hasSize(1);
    assertThat(client.latest(gc).get(0).getCode().getLeft()).isEqualTo("SystemStack");

    edit(other, read(other));
    client.await(other, List::isEmpty);
    assertThat(client.latest(gc)).hasSize(1);
  }

  @Test
  void aHalfTypedFileIsHeldBackUntilItParsesOrIsSaved() throws Exception {
    Files.writeString(gc, read(gc).replace("Stack.helper();", "Stack.stackfree(1);"));
    connect();
    client.await(gc, d -> !d.isEmpty());
    open(stack);
    String good = read(stack);

    // Unsaved and broken: the editor shows the syntax error; Gc keeps the violation that
    // Stack's last parsable version gives it, instead of losing @SystemStack with the file.
    edit(stack, good.replace("static void helper() {}", "static void helper() {"));
    List<Diagnostic> errors = client.await(stack, d -> !d.isEmpty());
    assertThat(errors.get(0).getCode().getLeft()).isEqualTo(Diagnostics.INPUT_ERROR);
    client.awaitLog("1 change(s) held back with syntax errors");
    assertThat(client.latest(gc)).hasSize(1);

    // Saved while broken: the file is applied as it is, and Gc's violation goes with it.
    save(stack);
    client.await(gc, List::isEmpty);
    assertThat(client.latest(stack).get(0).getCode().getLeft()).isEqualTo(Diagnostics.INPUT_ERROR);

    // Parsable again: applied at once, the violation is back and the syntax error gone.
    edit(stack, good);
    client.await(gc, d -> !d.isEmpty());
    client.await(stack, List::isEmpty);
  }

  @Test
  void aSuppressionThatHidesNothingIsAFadedWarning() throws Exception {
    Files.writeString(other, read(other).replace("  static int answer()", "  @SuppressWarnings(\"SystemStack\")\n  static int answer()"));
    connect();

    List<Diagnostic> warnings = client.await(other, d -> !d.isEmpty());

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(warnings.get(0).getCode().getLeft()).isEqualTo("UnusedSuppression");
    assertThat(warnings.get(0).getTags()).containsExactly(DiagnosticTag.Unnecessary);
    assertThat(warnings.get(0).getRange().getStart().getLine()).isEqualTo(2);
  }

  // ---- the client side ----

  private void connect() throws Exception {
    server = PipedSession.connect(client);

    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(root), "sample")));
    JsonObject options = new JsonObject();
    options.addProperty("debounce-ms", 20);
    params.setInitializationOptions(options);
    server.initialize(params).get();
    server.initialized(new InitializedParams());
    client.awaitLog("analyzed");
  }

  private void open(Path file) throws IOException {
    server.getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "java", ++version, read(file))));
  }

  private void edit(Path file, String text) {
    server.getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), ++version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  private void save(Path file) {
    server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri(file))));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text).toAbsolutePath().normalize();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  private static String uri(Path file) {
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  /** Records what the server sends; tests wait for the state they expect. */
  private static final class Client implements LanguageClient {
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private final List<String> logs = new ArrayList<>();

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.put(params.getUri(), params.getDiagnostics());
      notifyAll();
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
      logs.add(message.getMessage());
      notifyAll();
    }

    @Override
    public void showMessage(MessageParams message) {
      logMessage(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {}

    synchronized List<Diagnostic> latest(Path file) {
      return diagnostics.getOrDefault(uri(file), List.of());
    }

    synchronized List<Diagnostic> await(Path file, Predicate<List<Diagnostic>> condition) throws InterruptedException {
      long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
      while (!diagnostics.containsKey(uri(file)) || !condition.test(diagnostics.get(uri(file)))) {
        long left = deadline - System.currentTimeMillis();
        assertWithMessage("diagnostics of %s never reached the expected state; last: %s; log: %s",
                file.getFileName(), diagnostics.get(uri(file)), logs)
            .that(left > 0)
            .isTrue();
        wait(left);
      }
      return diagnostics.get(uri(file));
    }

    synchronized void awaitLog(String text) throws InterruptedException {
      long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
      while (logs.stream().noneMatch(l -> l.contains(text))) {
        long left = deadline - System.currentTimeMillis();
        assertWithMessage("no log message containing '%s'; log: %s", text, logs).that(left > 0).isTrue();
        wait(left);
      }
    }
  }
}
