package dev.stackcheck.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the language server over a pair of streams (stdio for {@code stackcheck lsp}). Standard
 * output carries nothing but protocol: {@code System.out} is redirected to the log stream before
 * anything else runs, so a stray print cannot corrupt the message stream.
 */
public final class LanguageServerMain {
  private LanguageServerMain() {}

  /** Serves until the client closes the input or sends {@code exit}; returns the exit code. */
  public static int serve(InputStream in, OutputStream out, PrintStream log) {
    System.setOut(log);
    StackcheckLanguageServer server =
        new StackcheckLanguageServer(log, () -> {
          log.flush();
          System.exit(0);
        });
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    try {
      launcher.startListening().get();
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (ExecutionException e) {
      log.println("stackcheck lsp: " + e.getCause());
      return 1;
    }
  }
}
