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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses source text into a JavaParser tree at a configured Java release. Text nested deeper than
 * {@link NestingScanner#MAX_DEPTH} is reported, not parsed; at most {@link #MAX_PROBLEMS} syntax
 * errors are listed per file. Not thread-safe: use one instance per thread.
 */
public final class JavaSourceParser {
  /** Syntax errors listed per file; a binary or badly broken file would otherwise list thousands. */
  static final int MAX_PROBLEMS = 20;

  private static final Pattern LEXICAL_POSITION = Pattern.compile("Lexical error at line (\\d+), column (\\d+)");
  private static final Pattern LEXICAL_ERROR = Pattern.compile("Lexical error at line \\d+, column \\d+\\. Encountered: (\\S+)");

  private final JavaParser parser;
  private final int release;

  public JavaSourceParser(int javaRelease) {
    ParserConfiguration configuration = new ParserConfiguration();
    configuration.setLanguageLevel(languageLevel(javaRelease));
    this.parser = new JavaParser(configuration);
    this.release = javaRelease;
  }

  static LanguageLevel languageLevel(int release) {
    return release <= 8 ? LanguageLevel.JAVA_8 : LanguageLevel.valueOf("JAVA_" + release);
  }

  public ParsedFile parse(SourceFile file) {
    NestingScanner.Position tooDeep = NestingScanner.firstTooDeep(file.text(), NestingScanner.MAX_DEPTH);
    if (tooDeep != null) {
      return failed(
          file,
          tooDeep.line(),
          tooDeep.column(),
          "brackets nested more than " + NestingScanner.MAX_DEPTH + " levels deep; the file is not analyzed");
    }
    ParseResult<CompilationUnit> result;
    try {
      result = parser.parse(file.text());
    } catch (StackOverflowError e) {
      return failed(file, 1, 1, "nesting too deep to parse; the file is not analyzed");
    } catch (OutOfMemoryError e) {
      return failed(file, 1, 1, "not enough memory to parse this file (raise the heap with -Xmx); the file is not analyzed");
    } catch (RuntimeException e) {
      return failed(file, 1, 1, "cannot parse: " + e.getClass().getSimpleName());
    }
    if (result.isSuccessful() && result.getResult().isPresent()) {
      CompilationUnit unit = result.getResult().get();
      memoizeNames(unit);
      return new ParsedFile(file.path(), file.text(), unit, List.of());
    }
    Set<InputError> distinct = new TreeSet<>();
    for (Problem problem : result.getProblems()) {
      int line = 1;
      int column = 1;
      if (problem.getLocation().isPresent()
          && problem.getLocation().get().getBegin().getRange().isPresent()) {
        var begin = problem.getLocation().get().getBegin().getRange().get().begin;
        line = begin.line;
        column = begin.column;
      } else {
        // The lexer's errors carry their position only in the text.
        Matcher at = LEXICAL_POSITION.matcher(problem.getMessage());
        if (at.find()) {
          // At the end of the file the lexer counts the column from 0.
          line = Math.max(1, Integer.parseInt(at.group(1)));
          column = Math.max(1, Integer.parseInt(at.group(2)));
        }
      }
      distinct.add(new InputError(new Location(file.path(), line, column), describe(problem, release)));
    }
    List<InputError> errors = new ArrayList<>(distinct);
    if (errors.isEmpty()) {
      errors.add(new InputError(new Location(file.path(), 1, 1), "cannot parse"));
    }
    if (errors.size() > MAX_PROBLEMS) {
      int more = errors.size() - MAX_PROBLEMS;
      InputError last = errors.get(MAX_PROBLEMS - 1);
      errors = new ArrayList<>(errors.subList(0, MAX_PROBLEMS));
      errors.add(new InputError(last.location(), "... and " + more + " more syntax errors in this file"));
    }
    return new ParsedFile(file.path(), file.text(), null, errors);
  }

  /** Imports and the package name are read on every type lookup; compute their text once. */
  private static void memoizeNames(CompilationUnit unit) {
    unit.getPackageDeclaration().ifPresent(p -> p.setName(MemoizedName.of(p.getName())));
    for (ImportDeclaration declaration : unit.getImports()) {
      declaration.setName(MemoizedName.of(declaration.getName()));
    }
  }

  private static ParsedFile failed(SourceFile file, int line, int column, String message) {
    return new ParsedFile(
        file.path(), file.text(), null, List.of(new InputError(new Location(file.path(), line, column), message)));
  }

  /** JavaParser's problem text, on one line and short enough to read. */
  static String describe(Problem problem, int release) {
    String message = problem.getMessage().replaceAll("\\s+", " ").trim();
    String feature = LanguageFeatures.describe(message, release);
    if (feature != null) {
      return feature;
    }
    Matcher lexical = LEXICAL_ERROR.matcher(message);
    if (lexical.find()) {
      return lexical.group(1).equals("<EOF>")
          ? "syntax error: the file ends inside a comment or a literal"
          : "syntax error: unexpected character " + lexical.group(1);
    }
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
