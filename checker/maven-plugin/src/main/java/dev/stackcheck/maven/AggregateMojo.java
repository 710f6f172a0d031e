package dev.stackcheck.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Checks every module of the reactor as one program: their sources are analyzed together, so a
 * call path that crosses modules through unannotated code is found, and a method that only another
 * module calls is not taken for an entry point. Runs once, at the top of the build; start it after
 * the modules are built, e.g. {@code mvn verify stackcheck:aggregate}. Reports go to the
 * top-level project's {@code outputDirectory}.
 */
@Mojo(
    name = "aggregate",
    aggregator = true,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class AggregateMojo extends AbstractStackcheckMojo {
  @Override
  Inputs inputs() {
    List<MavenProject> projects = session.getProjects();
    Set<String> reactor = new HashSet<>();
    for (MavenProject module : projects) {
      reactor.add(module.getGroupId() + ":" + module.getArtifactId());
    }
    List<Path> roots = new ArrayList<>();
    Set<Path> classpath = new LinkedHashSet<>();
    for (MavenProject module : projects) {
      roots.addAll(existing(module.getCompileSourceRoots()));
      if (includeTests) {
        roots.addAll(existing(module.getTestCompileSourceRoots()));
      }
      for (Artifact artifact : module.getArtifacts()) {
        // Reactor modules are analyzed from source; their jars or classes would describe them twice.
        if (onCompileClasspath(artifact) && !reactor.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
          classpath.add(artifact.getFile().toPath().toAbsolutePath().normalize());
        }
      }
    }
    return new Inputs(roots, new ArrayList<>(classpath));
  }

  private static boolean onCompileClasspath(Artifact artifact) {
    String scope = artifact.getScope();
    return artifact.getFile() != null
        && artifact.getArtifactHandler().isAddedToClasspath()
        && (Artifact.SCOPE_COMPILE.equals(scope) || Artifact.SCOPE_PROVIDED.equals(scope) || Artifact.SCOPE_SYSTEM.equals(scope));
  }
}
