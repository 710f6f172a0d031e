package dev.stackcheck;

import static com.google.common.truth.Truth.assertThat;
import static dev.stackcheck.ReportSubject.assertThat;

import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S3.5 with a jar: the golden cases put lib/ on the classpath as a class folder; here the same
 * annotations are read from a jar file.
 */
class DependencyJarTest {
  @TempDir Path root;

  @Test
  void annotationsInAJarOnTheClasspathCount() throws Exception {
    Path jar = libraryJar();
    Sources sources = new Sources(root.resolve("app"));
    sources.write("App.java", """
        import lib.Gc;
        class App {
          public static void main(String[] args) {
            Gc.stackfree(1);
            Gc.onSystemStack(() -> Gc.stackfree(2));
            Gc.switchTo(() -> Gc.stackfree(3));
          }
        }
        """);

    Report report = sources.analyze(Config.builder().addClasspath(jar).build());

    assertThat(report).hasNoErrors();
    assertThat(report).hasViolation("SystemStack").inFile("App.java").onLine(4)
        .pathLocations().containsExactly("4:8", "compiled").inOrder();
    assertThat(report.violations()).hasSize(1);
  }

  /** Compiles a small library that uses the annotations and packs it into a jar. */
  private Path libraryJar() throws IOException, URISyntaxException {
    Path source = root.resolve("lib-src/lib/Gc.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package lib;
        import dev.stackcheck.annotations.SystemStack;
        import dev.stackcheck.annotations.Trampoline;
        public final class Gc {
          @SystemStack public static void stackfree(long n) {}
          @Trampoline public static void onSystemStack(Runnable fn) { fn.run(); }
          public static void switchTo(@SystemStack Runnable fn) { fn.run(); }
        }
        """);
    Path classes = Files.createDirectories(root.resolve("lib-classes"));
    Path annotations = Path.of(SystemStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, diagnostics, diagnostics, "-d", classes.toString(), "-classpath", annotations.toString(),
                "-proc:none", source.toString());
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(0);

    Path jar = root.resolve("lib.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> entries = Files.walk(classes)) {
      for (Path entry : (Iterable<Path>) entries.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(entry));
        out.closeEntry();
      }
    }
    return jar;
  }
}
