package dev.stackcheck.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** A server in this JVM and a real LSP4J client, joined by piped streams carrying JSON-RPC. */
final class PipedSession {
  private PipedSession() {}

  /** Starts a server and returns the client's proxy to it; {@code client} receives what it sends. */
  static LanguageServer connect(LanguageClient client) throws IOException {
    PipedOutputStream clientOut = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 20);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);

    StackcheckLanguageServer implementation = new StackcheckLanguageServer(System.err, () -> {});
    Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(implementation, serverIn, serverOut);
    implementation.connect(serverLauncher.getRemoteProxy());
    serverLauncher.startListening();

    Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
    clientLauncher.startListening();
    return clientLauncher.getRemoteProxy();
  }
}
