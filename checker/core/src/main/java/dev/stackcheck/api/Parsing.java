package dev.stackcheck.api;

import dev.stackcheck.source.JavaSourceParser;
import dev.stackcheck.source.ParsedFile;
import dev.stackcheck.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads and parses many files in parallel, one parser per thread; results in input order. */
final class Parsing {
  private Parsing() {}

  static List<ParsedFile> parseAll(Config config, List<Path> paths) {
    int threads = Math.max(1, Math.min(config.threads(), paths.size()));
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> new Thread(null, task, "stackcheck-parse-" + counter.incrementAndGet(), Workspace.STACK_BYTES));
    try {
      ThreadLocal<JavaSourceParser> parsers =
          ThreadLocal.withInitial(() -> new JavaSourceParser(config.javaRelease()));
      List<Future<ParsedFile>> futures = new ArrayList<>();
      for (Path path : paths) {
        futures.add(pool.submit(() -> parse(parsers.get(), path)));
      }
      List<ParsedFile> parsed = new ArrayList<>();
      for (Future<ParsedFile> future : futures) {
        parsed.add(future.get());
      }
      return parsed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ParsedFile parse(JavaSourceParser parser, Path path) {
    SourceReader.Result read = SourceReader.read(path);
    if (read.error() != null) {
      return new ParsedFile(path, null, null, List.of(read.error()));
    }
    return parser.parse(read.file());
  }
}
