package dev.stackcheck.source;

import com.github.javaparser.ast.CompilationUnit;
import dev.stackcheck.api.InputError;
import java.nio.file.Path;
import java.util.List;

/**
 * One file after parsing. {@code unit} is null when the file has errors: a file that does not
 * parse is reported and left out rather than analyzed from a guessed tree.
 */
public record ParsedFile(Path path, String text, CompilationUnit unit, List<InputError> errors) {
  public ParsedFile {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return unit != null;
  }
}
