package dev.stackcheck.lsp;

import com.google.gson.JsonElement;
import dev.stackcheck.api.ConfigException;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: a translator between LSP and a {@link Workspace}. On {@code initialized}
 * it analyzes the workspace folders; edits (debounced), saves, closes and watched-file events
 * become workspace changes; after each update it publishes the diagnostics of every document
 * whose set changed, empty sets included, so that a fix in one file clears a violation shown in
 * another. All analysis runs on one scheduler thread, in the order the client sent its
 * notifications. Logs go to {@code window/logMessage} and to the given log stream, never stdout.
 *
 * <p>An unsaved edit that leaves a file with syntax errors is held back: the document shows its
 * syntax errors, and the rest of the workspace keeps the file's last version that parsed, until an
 * edit parses again or the file is saved, closed or changed on disk. Applying a half-typed file
 * would remove its declarations from every file that uses them, and resolving those files again
 * costs seconds on a large project, twice per typo (see docs/ide.md).
 */
public final class StackcheckLanguageServer
    implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stackcheck-lsp");
        thread.setDaemon(true);
        return thread;
      });
  private final PrintStream log;
  private final Runnable onExit;
  private final Map<Path, String> open = new ConcurrentHashMap<>();
  private final Map<Path, Workspace.Change> pending = new LinkedHashMap<>();
  /** Files whose pending change is an unsaved edit (guarded by {@code pending}). */
  private final Set<Path> typing = new HashSet<>();
  /** Files held back with syntax errors, and those errors (scheduler thread only). */
  private final Map<Path, List<InputError>> heldBack = new TreeMap<>();
  private final Map<String, List<Diagnostic>> published = new HashMap<>();
  private LanguageClient client;
  private List<Path> roots = List.of();
  private JsonElement options;
  private Settings settings;
  private Workspace workspace;
  private ScheduledFuture<?> flush;

  /**
   * @param log where to log besides the client (standard error)
   * @param onExit what the {@code exit} notification does (end the process)
   */
  public StackcheckLanguageServer(PrintStream log, Runnable onExit) {
    this.log = log;
    this.onExit = onExit;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  // ---- lifecycle ----

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    List<Path> folders = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
        folders.add(path(folder.getUri()));
      }
    } else if (params.getRootUri() != null) {
      folders.add(path(params.getRootUri()));
    }
    roots = folders;
    options = params.getInitializationOptions() instanceof JsonElement json ? json : null;

    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(sync);
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities, new ServerInfo("stackcheck", dev.stackcheck.report.Version.get())));
  }

  @Override
  public void initialized(InitializedParams params) {
    scheduler.execute(this::openWorkspace);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    return CompletableFuture.supplyAsync(() -> {
      if (workspace != null) {
        workspace.close();
        workspace = null;
      }
      return null;
    }, scheduler);
  }

  @Override
  public void exit() {
    scheduler.shutdownNow();
    onExit.run();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return this;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return this;
  }

  // ---- documents ----

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    Path file = path(params.getTextDocument().getUri());
    open.put(file, params.getTextDocument().getText());
    change(Workspace.Change.text(file, params.getTextDocument().getText()), true);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    Path file = path(params.getTextDocument().getUri());
    // Full synchronization: the last change holds the whole text.
    String text = params.getContentChanges().get(params.getContentChanges().size() - 1).getText();
    open.put(file, text);
    change(Workspace.Change.text(file, text), false);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    Path file = path(params.getTextDocument().getUri());
    String text = open.get(file);
    change(text != null ? Workspace.Change.text(file, text) : Workspace.Change.disk(file), true);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    Path file = path(params.getTextDocument().getUri());
    open.remove(file);
    change(Workspace.Change.disk(file), true);
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    for (FileEvent event : params.getChanges()) {
      Path file = path(event.getUri());
      if (!open.containsKey(file)) {
        change(Workspace.Change.disk(file), true);
      }
    }
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // Options come from initializationOptions and stackcheck.properties; see docs/ide.md.
  }

  // ---- analysis ----

  private void openWorkspace() {
    long start = System.nanoTime();
    try {
      settings = Settings.read(roots, options);
      workspace = Workspace.open(settings.config(), roots);
    } catch (ConfigException | IOException | UncheckedIOException e) {
      message(MessageType.Error, "stackcheck: cannot start: " + e.getMessage());
      return;
    }
    Report report = workspace.report();
    message(MessageType.Info, "stackcheck: analyzed " + report.stats().files() + " files in "
        + millis(start) + " ms: " + report.violations().size() + " violation(s)");
    publish(report);
    flushNow();
  }

  /** Queues a change; saves and closes are applied at once, edits after the debounce delay. */
  private void change(Workspace.Change change, boolean now) {
    synchronized (pending) {
      pending.put(change.file(), change);
      if (now) {
        typing.remove(change.file());
      } else {
        typing.add(change.file());
      }
      if (flush != null) {
        flush.cancel(false);
      }
      long delay = now || settings == null ? 0 : settings.debounceMillis();
      flush = scheduler.schedule(this::flushNow, delay, TimeUnit.MILLISECONDS);
    }
  }

  private void flushNow() {
    if (workspace == null) {
      return; // the workspace opens later and flushes then
    }
    List<Workspace.Change> changes = new ArrayList<>();
    Set<Path> edits;
    synchronized (pending) {
      changes.addAll(pending.values());
      edits = new HashSet<>(typing);
      pending.clear();
      typing.clear();
    }
    if (changes.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    try {
      int held = holdBackBrokenEdits(changes, edits);
      if (changes.isEmpty()) {
        publish(workspace.report());
        message(MessageType.Log, "stackcheck: " + held + " change(s) held back with syntax errors, published in " + millis(start) + " ms");
        return;
      }
      Workspace.Update update = workspace.apply(changes);
      long analyzed = millis(start);
      publish(update.report());
      // Logged after publishing, so that a client sees this line once the diagnostics are out.
      message(MessageType.Log, "stackcheck: " + changes.size() + " change(s): parsed " + update.parsed().size()
          + ", resolved " + update.resolved().size() + (update.full() ? " (all files)" : "") + " in " + analyzed
          + " ms (" + update.timings() + "), published in " + millis(start) + " ms");
    } catch (RuntimeException e) {
      message(MessageType.Error, "stackcheck: analysis failed: " + e);
    }
  }

  /**
   * Takes out of {@code changes} the unsaved edits whose text has syntax errors, and remembers
   * those errors; every other change ends a file's holding back.
   *
   * @return how many changes were held back
   */
  private int holdBackBrokenEdits(List<Workspace.Change> changes, Set<Path> edits) {
    int held = 0;
    for (var it = changes.iterator(); it.hasNext(); ) {
      Workspace.Change change = it.next();
      List<InputError> errors =
          edits.contains(change.file()) && change.text() != null && workspace.contains(change.file())
              ? workspace.syntaxErrors(change.file(), change.text())
              : List.of();
      if (errors.isEmpty()) {
        heldBack.remove(change.file());
      } else {
        heldBack.put(change.file(), errors);
        it.remove();
        held++;
      }
    }
    return held;
  }

  private void publish(Report report) {
    Map<String, List<Diagnostic>> current = Diagnostics.of(report, this::text);
    // A held-back document shows the syntax errors of its text, not the analysis of an older one.
    heldBack.forEach((file, errors) -> current.put(Diagnostics.uri(file), Diagnostics.of(errors, this::text)));
    List<String> uris = new ArrayList<>(published.keySet());
    for (String uri : current.keySet()) {
      if (!published.containsKey(uri)) {
        uris.add(uri);
      }
    }
    for (String uri : uris) {
      List<Diagnostic> now = current.getOrDefault(uri, List.of());
      if (!now.equals(published.getOrDefault(uri, List.of()))) {
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, now));
      }
      if (now.isEmpty()) {
        published.remove(uri);
      } else {
        published.put(uri, now);
      }
    }
  }

  private String text(Path file) {
    String buffer = open.get(file);
    if (buffer != null) {
      return buffer;
    }
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private void message(MessageType type, String text) {
    log.println(text);
    if (client != null) {
      client.logMessage(new MessageParams(type, text));
      if (type == MessageType.Error) {
        client.showMessage(new MessageParams(type, text));
      }
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static Path path(String uri) {
    return Path.of(URI.create(uri)).toAbsolutePath().normalize();
  }
}
