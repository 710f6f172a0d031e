package dev.stackcheck.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The facade every one-shot front end calls: sources, classpath and options in, a {@link Report}
 * out.
 *
 * <p>The pipeline: discover and read files, parse them (in parallel), index bodies and call sites,
 * resolve calls with the symbol solver, build the call graph, compute contexts, find violations.
 * It is the pipeline of {@link Workspace}, run once without the bookkeeping for later edits, on a
 * thread with a deep stack. Each call is independent; nothing is cached between calls.
 * Thread-safe: concurrent calls do not share state.
 */
public final class Analyzer {
  private final Config config;

  public Analyzer(Config config) {
    this.config = config;
  }

  /** Analyzes the Java files under {@code inputs} (folders or {@code .java} files). */
  public Report analyze(List<Path> inputs) {
    try {
      return Workspace.analyzeOnce(config, inputs);
    } finally {
      config.progress().finished();
    }
  }
}
