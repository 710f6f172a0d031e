package dev.stackcheck.api;

import dev.stackcheck.index.BodyExtractor;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.source.JavaSourceParser;
import dev.stackcheck.source.ParsedFile;
import dev.stackcheck.source.SourceReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads, parses and indexes many files in parallel, one parser per thread; results in input order. */
final class Parsing {
  /** A parsed file and, if it parsed, its index (or why it could not be indexed). */
  record Parsed(ParsedFile file, FileIndex index, InputError indexError) {}

  private Parsing() {}

  static List<ParsedFile> parseAll(Config config, List<Path> paths) {
    return parseAndIndexAll(config, paths, false).stream().map(Parsed::file).toList();
  }

  /** Also builds each file's {@link FileIndex} on the parsing thread (it only reads that file's tree). */
  static List<Parsed> parseAndIndexAll(Config config, List<Path> paths) {
    return parseAndIndexAll(config, paths, true);
  }

  private static List<Parsed> parseAndIndexAll(Config config, List<Path> paths, boolean index) {
    int threads = Math.max(1, Math.min(config.threads(), paths.size()));
    AtomicInteger counter = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Progress progress = config.progress();
    progress.stage("parse");
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> new Thread(null, task, "stackcheck-parse-" + counter.incrementAndGet(), Workspace.STACK_BYTES));
    try {
      ThreadLocal<JavaSourceParser> parsers =
          ThreadLocal.withInitial(() -> new JavaSourceParser(config.javaRelease()));
      List<Future<Parsed>> futures = new ArrayList<>();
      for (Path path : paths) {
        futures.add(pool.submit(() -> {
          ParsedFile file = parse(parsers.get(), path, config.encoding());
          Parsed result = index && file.ok() ? index(file) : new Parsed(file, null, null);
          progress.advance(done.incrementAndGet(), paths.size());
          return result;
        }));
      }
      List<Parsed> parsed = new ArrayList<>();
      for (Future<Parsed> future : futures) {
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

  static Parsed index(ParsedFile file) {
    try {
      return new Parsed(file, BodyExtractor.extract(file.path(), file.unit()), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Parsed(file, null, new InputError(new Location(file.path(), 1, 1), "cannot index this file: " + e));
    }
  }

  private static ParsedFile parse(JavaSourceParser parser, Path path, Charset encoding) {
    SourceReader.Result read = SourceReader.read(path, encoding);
    if (read.error() != null) {
      return new ParsedFile(path, null, null, List.of(read.error()));
    }
    return parser.parse(read.file());
  }
}
