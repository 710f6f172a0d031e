package dev.stackcheck.golden;

import dev.stackcheck.annotations.SystemStack;
import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles test sources in-process, with the annotations on the classpath. */
final class Javac {
  private Javac() {}

  /** The annotations' classes, as the test run sees them. */
  static Path annotationsClasspath() {
    try {
      return Path.of(SystemStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles {@code sources} into {@code output}; returns javac's diagnostics, empty on success. */
  static String compile(List<Path> sources, List<Path> classpath, Path output) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>();
    arguments.add("-d");
    arguments.add(output.toString());
    arguments.add("-proc:none");
    arguments.add("-nowarn");
    arguments.add("--release");
    arguments.add("17"); // the JDK that builds stackcheck; Java 21 cases opt out of javac
    List<String> entries = new ArrayList<>();
    entries.add(annotationsClasspath().toString());
    classpath.forEach(p -> entries.add(p.toString()));
    arguments.add("-classpath");
    arguments.add(String.join(File.pathSeparator, entries));
    sources.forEach(p -> arguments.add(p.toString()));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    return status == 0 ? "" : diagnostics.toString(StandardCharsets.UTF_8);
  }
}
