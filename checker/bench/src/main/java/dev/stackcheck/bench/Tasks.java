package dev.stackcheck.bench;

import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import dev.stackcheck.source.JavaSourceParser;
import dev.stackcheck.source.ParsedFile;
import dev.stackcheck.source.SourceReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The three measured tasks. Each returns a small number that proves it did the work. */
final class Tasks {
  private Tasks() {}

  /** JavaParser alone: read and parse every file, with as many threads as stackcheck parses with. */
  static int parseOnly(List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(null, r, "parse", 256L << 20));
    try {
      ThreadLocal<JavaSourceParser> parsers =
          ThreadLocal.withInitial(() -> new JavaSourceParser(Config.DEFAULT_JAVA_RELEASE));
      List<Future<Boolean>> results = new ArrayList<>();
      for (Path file : files) {
        results.add(pool.submit(() -> {
          SourceReader.Result read = SourceReader.read(file);
          if (read.file() == null) {
            return false;
          }
          ParsedFile parsed = parsers.get().parse(read.file());
          return parsed.ok();
        }));
      }
      int ok = 0;
      for (Future<Boolean> result : results) {
        ok += result.get() ? 1 : 0;
      }
      return ok;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The full stackcheck analysis; returns the number of violations. */
  static Report stackcheck(List<Path> files, List<Path> classpath) {
    Config.Builder config = Config.builder();
    classpath.forEach(config::addClasspath);
    return new Analyzer(config.build()).analyze(files);
  }

  /** javac through javax.tools, writing class files to a scratch folder; returns its exit status. */
  static int javac(List<Path> files, List<Path> classpath, Path output) throws IOException {
    Files.createDirectories(output);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>();
    arguments.add("-d");
    arguments.add(output.toString());
    arguments.add("-proc:none");
    arguments.add("-nowarn");
    arguments.add("-XDsuppressNotes");
    arguments.add("-encoding");
    arguments.add("UTF-8");
    arguments.add("-implicit:none");
    List<String> entries = new ArrayList<>();
    entries.add(annotationsJar().toString());
    classpath.forEach(p -> entries.add(p.toString()));
    arguments.add("-classpath");
    arguments.add(String.join(File.pathSeparator, entries));
    files.forEach(p -> arguments.add(p.toString()));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    if (status != 0) {
      String text = diagnostics.toString(StandardCharsets.UTF_8);
      System.err.println("javac failed:\n" + text.substring(0, Math.min(4000, text.length())));
    }
    return status;
  }

  static Path annotationsJar() {
    try {
      return Path.of(SystemStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
