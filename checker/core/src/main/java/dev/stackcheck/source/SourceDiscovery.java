package dev.stackcheck.source;

import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Expands the user's inputs (folders, {@code .java} files) into the sorted set of Java files to
 * analyze. Symbolic links are followed; a link that loops back is reported once, not walked.
 * Stateless and thread-safe.
 */
public final class SourceDiscovery {
  /** Files found and problems met while walking. */
  public record Result(List<Path> files, List<InputError> errors) {}

  private SourceDiscovery() {}

  public static Result discover(List<Path> inputs) {
    TreeSet<Path> files = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    List<InputError> errors = new ArrayList<>();
    for (Path input : inputs) {
      Path path = input.toAbsolutePath().normalize();
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        walk(path, files, errors);
      } else {
        errors.add(new InputError(new Location(path, 1, 1), "no such file or directory"));
      }
    }
    return new Result(List.copyOf(files), errors);
  }

  private static void walk(Path root, TreeSet<Path> files, List<InputError> errors) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
                files.add(file.toAbsolutePath().normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              Path at = file.toAbsolutePath().normalize();
              if (e instanceof FileSystemLoopException) {
                errors.add(new InputError(new Location(at, 1, 1), "symbolic link loops back to a parent folder; not followed"));
              } else if (at.toString().endsWith(".java") || Files.isDirectory(at)) {
                errors.add(new InputError(new Location(at, 1, 1), "cannot read: " + describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(new InputError(new Location(root, 1, 1), "cannot read: " + describe(e)));
    }
  }

  static String describe(IOException e) {
    String name = e.getClass().getSimpleName().replace("Exception", "");
    return switch (name) {
      case "AccessDenied" -> "permission denied";
      case "NoSuchFile" -> "no such file or directory";
      default -> e.getMessage() == null ? name : e.getMessage();
    };
  }
}
