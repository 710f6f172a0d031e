package dev.stackcheck.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A long-lived analysis of a set of source roots that follows edits: the facade of the language
 * server and of save hooks. {@link #open} analyzes everything once; {@link #apply} takes changed,
 * added or deleted files, re-parses only those, re-resolves them and the files whose resolution
 * depends on something they changed (see {@code docs/ide.md}), re-links the call graph and
 * recomputes contexts and violations. After any sequence of changes the report equals, byte for
 * byte, that of a fresh {@link Analyzer} run over the same files.
 *
 * <p>Thread-safe: every call runs on the workspace's own analysis thread (with a stack deep
 * enough for the symbol solver), one at a time. Close it to release the solver's caches.
 */
public final class Workspace implements AutoCloseable {
  /** Deeply nested code makes JavaParser recurse deeply; the analysis thread gets room for it. */
  static final long STACK_BYTES = 512L << 20;

  /**
   * A change to one file: its new text (an editor buffer), or, with {@code text == null}, "read
   * it again from disk" (saved, created or deleted).
   */
  public record Change(Path file, String text) {
    public Change {
      Objects.requireNonNull(file);
    }

    public static Change text(Path file, String text) {
      return new Change(file, Objects.requireNonNull(text));
    }

    public static Change disk(Path file) {
      return new Change(file, null);
    }
  }

  /**
   * What one call of {@link #apply} did.
   *
   * @param report the report after the change
   * @param parsed files parsed again (the changed ones whose text differed)
   * @param resolved files whose calls were resolved again (changed files and their dependents)
   * @param restoredBodies bodies of the edited file that kept their resolutions (unchanged members)
   * @param full true if every file had to be resolved again (see {@code docs/ide.md})
   * @param timings where the time went
   */
  public record Update(
      Report report, List<Path> parsed, List<Path> resolved, int restoredBodies, boolean full, Timings timings) {
    public Update {
      parsed = List.copyOf(parsed);
      resolved = List.copyOf(resolved);
    }
  }

  /**
   * Milliseconds spent reading and parsing, resolving (with invalidation rounds), and linking and
   * checking: elapsed, and CPU time of the analysis thread (which a busy machine does not inflate).
   */
  public record Timings(
      long parseMillis, long resolveMillis, long checkMillis, long parseCpuMillis, long resolveCpuMillis, long checkCpuMillis) {
    static final Timings NONE = new Timings(0, 0, 0, 0, 0, 0);

    @Override
    public String toString() {
      return "parse " + parseMillis + " ms (cpu " + parseCpuMillis + "), resolve " + resolveMillis + " ms (cpu "
          + resolveCpuMillis + "), check " + checkMillis + " ms (cpu " + checkCpuMillis + ")";
    }
  }

  private final ExecutorService thread;
  private final Project project;

  private Workspace(Config config, List<Path> roots, boolean incremental) {
    this.thread =
        Executors.newSingleThreadExecutor(task -> new Thread(null, task, "stackcheck-workspace", STACK_BYTES));
    try {
      this.project = call(() -> new Project(config, roots, incremental));
    } catch (RuntimeException | Error e) {
      thread.shutdownNow();
      throw e;
    }
  }

  /** Analyzes the Java files under {@code roots} (folders or {@code .java} files) and keeps them. */
  public static Workspace open(Config config, List<Path> roots) {
    return new Workspace(config, roots, true);
  }

  /** One analysis without the bookkeeping that incremental updates need: {@link Analyzer}'s. */
  static Report analyzeOnce(Config config, List<Path> roots) {
    try (Workspace workspace = new Workspace(config, roots, false)) {
      return workspace.report();
    }
  }

  /** The report of the current state. */
  public Report report() {
    return call(project::report);
  }

  /** Applies changes (in order) and returns the new report with what was redone. */
  public Update apply(List<Change> changes) {
    List<Change> copy = List.copyOf(changes);
    return call(() -> project.apply(copy));
  }

  /**
   * The input errors (syntax errors, features newer than the configured release) a text of a file
   * would have, without applying it. Lets an editor hold back a half-typed file instead of
   * resolving again every file that uses its declarations.
   */
  public List<InputError> syntaxErrors(Path file, String text) {
    return call(() -> project.syntaxErrors(file.toAbsolutePath().normalize(), text));
  }

  /** Whether a path is analyzed by this workspace (a {@code .java} file under one of its roots). */
  public boolean contains(Path file) {
    return project.inScope(file.toAbsolutePath().normalize());
  }

  /** The keys the last resolution of a file looked up (types, {@code method:} and {@code simple:} names). */
  public java.util.Set<String> dependencies(Path file) {
    return call(() -> project.dependencies(file.toAbsolutePath().normalize()));
  }

  @Override
  public void close() {
    if (thread.isShutdown()) {
      return;
    }
    try {
      call(() -> {
        project.release();
        return null;
      });
    } finally {
      thread.shutdown();
    }
  }

  private <T> T call(Callable<T> task) {
    Future<T> future = thread.submit(task);
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
