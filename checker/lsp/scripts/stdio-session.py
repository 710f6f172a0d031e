#!/usr/bin/env python3
"""A scripted LSP session against `stackcheck lsp` over stdio, as an editor would drive it.

Usage: stdio-session.py STACKCHECK_COMMAND...   (e.g. ./stackcheck lsp)

Creates a two-file workspace in a temporary folder, initializes the server, opens a file,
edits it to call a @SystemStack method (expects a SystemStack diagnostic with its path),
edits it back (expects the diagnostic cleared), then shuts down. Prints each step; exits 1
if the server does not answer as expected. Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

STACK = """package rt;
import dev.stackcheck.annotations.SystemStack;
final class Stack {
  @SystemStack static void stackfree(long n) {}
  static void helper() {}
}
"""
GC = """package rt;
final class Gc {
  static void sweep() {
    Stack.helper();
  }
}
"""


def main(command):
    root = tempfile.mkdtemp(prefix="stackcheck-lsp-")
    os.makedirs(os.path.join(root, "rt"))
    for name, text in (("Stack.java", STACK), ("Gc.java", GC)):
        with open(os.path.join(root, "rt", name), "w") as f:
            f.write(text)
    gc_uri = "file://" + os.path.join(root, "rt", "Gc.java")
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=sys.stderr)
    messages = []
    lock = threading.Condition()

    def reader():
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = server.stdout.read(1)
                if not byte:
                    return
                header += byte
            length = int([l for l in header.decode().split("\r\n") if l.lower().startswith("content-length")][0].split(":")[1])
            body = json.loads(server.stdout.read(length))
            with lock:
                messages.append(body)
                lock.notify_all()

    threading.Thread(target=reader, daemon=True).start()

    def send(message):
        data = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        server.stdin.flush()

    def wait_for(predicate, what, timeout=120):
        deadline = time.time() + timeout
        with lock:
            while True:
                for m in messages:
                    if predicate(m):
                        messages.remove(m)
                        return m
                if time.time() > deadline:
                    sys.exit("no %s within %ds; got %s" % (what, timeout, messages))
                lock.wait(1)

    def diagnostics(uri, nonempty):
        return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == uri and bool(m["params"]["diagnostics"]) == nonempty)

    start = time.time()
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"processId": os.getpid(), "rootUri": "file://" + root, "capabilities": {},
                     "workspaceFolders": [{"uri": "file://" + root, "name": "demo"}],
                     "initializationOptions": {"debounce-ms": 50}}})
    reply = wait_for(lambda m: m.get("id") == 1, "initialize reply")
    print("initialize: server %s, sync %s" % (reply["result"]["serverInfo"], reply["result"]["capabilities"]["textDocumentSync"]))
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    log = wait_for(lambda m: m.get("method") == "window/logMessage" and "analyzed" in m["params"]["message"], "analysis")
    print(log["params"]["message"])
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": gc_uri, "languageId": "java", "version": 1, "text": GC}}})
    edited = time.time()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": gc_uri, "version": 2},
                     "contentChanges": [{"text": GC.replace("Stack.helper();", "Stack.stackfree(1);")}]}})
    shown = wait_for(diagnostics(gc_uri, True), "violation")["params"]["diagnostics"][0]
    print("edit -> %d ms: %s:%d:%d [%s] %s" % ((time.time() - edited) * 1000, "Gc.java", shown["range"]["start"]["line"] + 1,
                                             shown["range"]["start"]["character"] + 1, shown["code"], shown["message"]))
    for hop in shown["relatedInformation"]:
        print("   %s  %s:%d" % (hop["message"], os.path.basename(hop["location"]["uri"]), hop["location"]["range"]["start"]["line"] + 1))
    edited = time.time()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": gc_uri, "version": 3}, "contentChanges": [{"text": GC}]}})
    wait_for(diagnostics(gc_uri, False), "cleared diagnostics")
    print("fix -> %d ms: diagnostics of Gc.java cleared" % ((time.time() - edited) * 1000))
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    wait_for(lambda m: m.get("id") == 2, "shutdown reply")
    send({"jsonrpc": "2.0", "method": "exit", "params": None})
    code = server.wait(timeout=30)
    print("exit code %d; session took %.1f s" % (code, time.time() - start))
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
