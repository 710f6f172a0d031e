package dev.stackcheck.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses source text into a JavaParser tree at a configured Java release. Not thread-safe: use one
 * instance per thread.
 */
public final class JavaSourceParser {
  private final JavaParser parser;

  public JavaSourceParser(int javaRelease) {
    ParserConfiguration configuration = new ParserConfiguration();
    configuration.setLanguageLevel(languageLevel(javaRelease));
    this.parser = new JavaParser(configuration);
  }

  static LanguageLevel languageLevel(int release) {
    return release <= 8 ? LanguageLevel.JAVA_8 : LanguageLevel.valueOf("JAVA_" + release);
  }

  public ParsedFile parse(SourceFile file) {
    ParseResult<CompilationUnit> result;
    try {
      result = parser.parse(file.text());
    } catch (StackOverflowError e) {
      return failed(file, 1, "nesting too deep to parse");
    } catch (RuntimeException e) {
      return failed(file, 1, "cannot parse: " + e.getClass().getSimpleName());
    }
    if (result.isSuccessful() && result.getResult().isPresent()) {
      CompilationUnit unit = result.getResult().get();
      memoizeNames(unit);
      return new ParsedFile(file.path(), file.text(), unit, List.of());
    }
    List<InputError> errors = new ArrayList<>();
    for (Problem problem : result.getProblems()) {
      int line = 1;
      int column = 1;
      if (problem.getLocation().isPresent()
          && problem.getLocation().get().getBegin().getRange().isPresent()) {
        var begin = problem.getLocation().get().getBegin().getRange().get().begin;
        line = begin.line;
        column = begin.column;
      }
      errors.add(new InputError(new Location(file.path(), line, column), describe(problem)));
    }
    if (errors.isEmpty()) {
      errors.add(new InputError(new Location(file.path(), 1, 1), "cannot parse"));
    }
    errors.sort(null);
    return new ParsedFile(file.path(), file.text(), null, errors);
  }

  /** Imports and the package name are read on every type lookup; compute their text once. */
  private static void memoizeNames(CompilationUnit unit) {
    unit.getPackageDeclaration().ifPresent(p -> p.setName(MemoizedName.of(p.getName())));
    for (ImportDeclaration declaration : unit.getImports()) {
      declaration.setName(MemoizedName.of(declaration.getName()));
    }
  }

  private static ParsedFile failed(SourceFile file, int line, String message) {
    return new ParsedFile(
        file.path(), file.text(), null, List.of(new InputError(new Location(file.path(), line, 1), message)));
  }

  /** JavaParser's problem text, on one line and short enough to read. */
  static String describe(Problem problem) {
    String message = problem.getMessage().replaceAll("\\s+", " ").trim();
    if (message.startsWith("Parse error. ")) {
      message = "syntax error: " + message.substring("Parse error. ".length());
    } else if (!message.startsWith("syntax error")) {
      message = "syntax error: " + message;
    }
    int expected = message.indexOf(", expected one of");
    if (expected > 0) {
      message = message.substring(0, expected);
    }
    return message.length() > 200 ? message.substring(0, 197) + "..." : message;
  }
}
