package dev.stackcheck.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks this module: reports every call where code that may run on a user stack reaches a
 * {@code @SystemStack} method, with its call path, and fails the build on violations.
 *
 * <p>The module's sources are analyzed as the whole program; its compile class path (dependency
 * jars and sibling modules) supplies types and the {@code @SystemStack}/{@code @Trampoline}
 * annotations of compiled code, so a call from this module to an annotated method of another
 * module is reported. A path that leaves this module and comes back through unannotated code of
 * another module is not seen: use the {@code aggregate} goal for that (docs/maven-plugin.md).
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends AbstractStackcheckMojo {
  /**
   * The source folders to analyze. Default: the module's compile source roots that exist (and,
   * with {@code includeTests}, its test source roots).
   */
  @Parameter(property = "stackcheck.sourceDirectories")
  List<File> sourceDirectories;

  @Override
  Inputs inputs() throws MojoExecutionException {
    List<Path> roots = new ArrayList<>();
    if (sourceDirectories != null && !sourceDirectories.isEmpty()) {
      roots.addAll(existing(sourceDirectories.stream().map(File::getPath).toList()));
    } else {
      roots.addAll(existing(project.getCompileSourceRoots()));
      if (includeTests) {
        roots.addAll(existing(project.getTestCompileSourceRoots()));
      }
    }
    return new Inputs(roots, classpath());
  }

  /** The compile class path without this module's own classes, which the sources describe. */
  private List<Path> classpath() throws MojoExecutionException {
    try {
      Path classes = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
      List<Path> classpath = new ArrayList<>();
      for (String element : project.getCompileClasspathElements()) {
        Path path = Path.of(element).toAbsolutePath().normalize();
        if (!path.equals(classes)) {
          classpath.add(path);
        }
      }
      return classpath;
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("stackcheck: the compile class path is not resolved: " + e.getMessage(), e);
    }
  }
}
