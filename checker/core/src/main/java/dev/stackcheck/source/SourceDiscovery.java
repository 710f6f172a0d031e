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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expands the user's inputs (folders, {@code .java} files) into the sorted set of Java files to
 * analyze. Symbolic links are followed; a link that loops back to a folder being walked is
 * reported once and not walked; a {@code .java} link to nothing is reported. A file reached by
 * several paths (through links) is analyzed once, under the path that sorts first, so the result
 * does not depend on the order in which the file system lists folders. Stateless and thread-safe.
 */
public final class SourceDiscovery {
  /** Files found and problems met while walking. */
  public record Result(List<Path> files, List<InputError> errors) {}

  private SourceDiscovery() {}

  public static Result discover(List<Path> inputs) {
    TreeMap<String, Path> files = new TreeMap<>();
    List<InputError> errors = new ArrayList<>();
    for (Path input : inputs) {
      Path path = input.toAbsolutePath().normalize();
      if (Files.isRegularFile(path)) {
        files.put(path.toString(), path);
      } else if (Files.isDirectory(path)) {
        walk(path, files, errors);
      } else if (Files.isSymbolicLink(path)) {
        errors.add(new InputError(new Location(path, 1, 1), "symbolic link that points to nothing or loops; not followed"));
      } else {
        errors.add(new InputError(new Location(path, 1, 1), "no such file or directory"));
      }
    }
    errors.sort(null);
    return new Result(oncePerFile(files, errors), errors);
  }

  /** Keeps, of several paths to the same file, the one that sorts first. */
  private static List<Path> oncePerFile(TreeMap<String, Path> files, List<InputError> errors) {
    Map<Path, Path> byRealPath = new HashMap<>();
    List<Path> result = new ArrayList<>();
    for (Path file : files.values()) {
      Path real;
      try {
        real = file.toRealPath();
      } catch (IOException e) {
        real = file;
      }
      if (byRealPath.putIfAbsent(real, file) == null) {
        result.add(file);
      }
    }
    return List.copyOf(result);
  }

  private static void walk(Path root, Map<String, Path> files, List<InputError> errors) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!file.getFileName().toString().endsWith(".java")) {
                return FileVisitResult.CONTINUE;
              }
              Path at = file.toAbsolutePath().normalize();
              if (attrs.isRegularFile()) {
                files.put(at.toString(), at);
              } else if (attrs.isSymbolicLink() && !Files.exists(at)) {
                // A link that cannot be followed is visited as the link itself.
                errors.add(new InputError(new Location(at, 1, 1), "symbolic link that points to nothing or loops; not followed"));
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

  /** A short reason for an I/O failure, e.g. "permission denied". */
  public static String describe(IOException e) {
    String name = e.getClass().getSimpleName().replace("Exception", "");
    return switch (name) {
      case "AccessDenied" -> "permission denied";
      case "NoSuchFile" -> "no such file or directory";
      default -> e.getMessage() == null ? name : e.getMessage();
    };
  }
}
