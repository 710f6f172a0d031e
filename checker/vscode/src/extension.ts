// A thin client: starts `stackcheck lsp` over stdio and lets vscode-languageclient show its
// diagnostics (with the witness path as related information). Everything else is the server's.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration("stackcheck");
  const command = settings.get<string[]>("command", ["stackcheck", "lsp"]);
  if (command.length === 0) {
    void vscode.window.showErrorMessage("stackcheck.command is empty: set it to the command that starts 'stackcheck lsp'.");
    return;
  }
  const serverOptions: ServerOptions = {
    command: command[0],
    args: command.slice(1),
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "java" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.java") },
    initializationOptions: settings.get<object>("initializationOptions", {}),
  };
  client = new LanguageClient("stackcheck", "stackcheck", serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
