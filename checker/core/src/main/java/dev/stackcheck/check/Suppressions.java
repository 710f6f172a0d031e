package dev.stackcheck.check;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Rule;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.index.AnnotationNames;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.Locations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides suppressed violations and reports suppressions that hide nothing. Two forms:
 *
 * <ul>
 *   <li>S7.5: {@code @SuppressWarnings("SystemStack")} (or {@code "SystemStackOverride"}, or
 *       {@code "stackcheck"} for every rule) on a declaration hides the violations located in its
 *       text, lambdas and nested classes included.
 *   <li>{@code // stackcheck:ignore <reason>}: a line comment that hides every violation reported
 *       on its line, or, when it stands alone on its line, on the next line. The reason is
 *       required: a comment without one hides nothing and is reported.
 * </ul>
 *
 * A suppression that hides no violation is reported as a {@link Warning}. Consumes the violations
 * and the suppressions of the files of the call graph's bodies, scanned from their syntax trees
 * and comment tokens ({@link #scan}, once per tree); stateless.
 */
public final class Suppressions {
  /** Suppresses every stackcheck rule. */
  public static final String ALL = "stackcheck";

  /** The comment form's marker. */
  public static final String IGNORE = "stackcheck:ignore";

  private static final Pattern IGNORE_COMMENT = Pattern.compile("^\\s*stackcheck:ignore(?![\\w-])[\\s:\\-]*(.*)$");
  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

  /** The violations left, and warnings about suppressions. */
  public record Result(List<Violation> violations, List<Warning> warnings) {}

  /**
   * The suppressions written in one file, found once per syntax tree (a workspace keeps them while
   * the file is unchanged). Immutable.
   */
  public static final class FileSuppressions {
    private final List<AnnotationSuppression> annotations;
    private final List<CommentSuppression> comments;

    private FileSuppressions(List<AnnotationSuppression> annotations, List<CommentSuppression> comments) {
      this.annotations = List.copyOf(annotations);
      this.comments = List.copyOf(comments);
    }

    boolean isEmpty() {
      return annotations.isEmpty() && comments.isEmpty();
    }
  }

  /** One {@code @SuppressWarnings} value of ours on a declaration. */
  private record AnnotationSuppression(Range scope, String value, Location location) {
    boolean hides(Violation violation) {
      Position at = new Position(violation.location().line(), violation.location().column());
      return (value.equals(ALL) || value.equals(violation.rule().id())) && scope.contains(at);
    }
  }

  /**
   * One {@code // stackcheck:ignore} comment; {@code alone}: nothing but white space before it on
   * its line, so it is about the next line.
   */
  private record CommentSuppression(Location location, boolean hasReason, boolean alone) {
    boolean hides(Violation violation) {
      int line = violation.location().line();
      return hasReason && (line == location.line() || (alone && line == location.line() + 1));
    }
  }

  private Suppressions() {}

  /** Applies the suppressions written in the files of the graph's bodies. */
  public static Result apply(List<Violation> violations, CallGraph graph) {
    Map<Path, CompilationUnit> units = new LinkedHashMap<>();
    for (CallGraph.Node node : graph.nodes()) {
      Body body = node.body();
      if (body != null && !units.containsKey(body.location().file())) {
        body.node().findCompilationUnit().ifPresent(unit -> units.put(body.location().file(), unit));
      }
    }
    Map<Path, FileSuppressions> files = new LinkedHashMap<>();
    units.forEach((file, unit) -> files.put(file, scan(file, unit)));
    return apply(violations, files);
  }

  /** The suppressions written in one file. */
  public static FileSuppressions scan(Path file, CompilationUnit unit) {
    return new FileSuppressions(annotationSuppressions(file, unit), commentSuppressions(file, unit));
  }

  /** Applies the suppressions of the given files (by path) to the violations. */
  public static Result apply(List<Violation> violations, Map<Path, FileSuppressions> files) {
    // Every suppression that would hide a violation counts as used, so none of them is reported
    // as removable while the violation is there.
    Set<Object> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Violation> kept = new ArrayList<>();
    for (Violation violation : violations) {
      FileSuppressions inFile = files.get(violation.location().file());
      boolean hidden = false;
      if (inFile != null) {
        for (AnnotationSuppression suppression : inFile.annotations) {
          if (suppression.hides(violation)) {
            used.add(suppression);
            hidden = true;
          }
        }
        for (CommentSuppression suppression : inFile.comments) {
          if (suppression.hides(violation)) {
            used.add(suppression);
            hidden = true;
          }
        }
      }
      if (!hidden) {
        kept.add(violation);
      }
    }
    List<Warning> warnings = new ArrayList<>();
    for (FileSuppressions inFile : files.values()) {
      if (inFile.isEmpty()) {
        continue;
      }
      for (AnnotationSuppression suppression : inFile.annotations) {
        if (!used.contains(suppression)) {
          warnings.add(
              new Warning(
                  suppression.location(),
                  "@SuppressWarnings(\"" + suppression.value() + "\") hides no stackcheck violation; remove it"));
        }
      }
      for (CommentSuppression suppression : inFile.comments) {
        if (!suppression.hasReason()) {
          warnings.add(
              new Warning(
                  suppression.location(),
                  "// " + IGNORE + " needs a reason after it, e.g. '// " + IGNORE
                      + " runs before any user thread exists'; without one it hides nothing"));
        } else if (!used.contains(suppression)) {
          warnings.add(
              new Warning(
                  suppression.location(),
                  "// " + IGNORE + " hides no violation on " + (suppression.alone() ? "the next line" : "this line")
                      + "; remove it"));
        }
      }
    }
    warnings.sort(null);
    return new Result(kept, warnings);
  }

  /** Whether a {@code @SuppressWarnings} value is one of ours. */
  static boolean ours(String value) {
    if (value.equals(ALL)) {
      return true;
    }
    for (Rule rule : Rule.values()) {
      if (rule.id().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static List<AnnotationSuppression> annotationSuppressions(Path file, CompilationUnit unit) {
    List<AnnotationSuppression> found = new ArrayList<>();
    for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
      List<String> values = AnnotationNames.suppressedWarnings(annotation);
      Node declaration = annotation.getParentNode().orElse(null);
      if (values.isEmpty() || declaration == null || declaration.getRange().isEmpty()) {
        continue;
      }
      for (String value : values) {
        if (ours(value)) {
          found.add(
              new AnnotationSuppression(
                  declaration.getRange().get(), value, Locations.of(file, annotation)));
        }
      }
    }
    return found;
  }

  private static boolean alone(JavaToken comment) {
    for (Optional<JavaToken> previous = comment.getPreviousToken();
        previous.isPresent();
        previous = previous.get().getPreviousToken()) {
      JavaToken.Category category = previous.get().getCategory();
      if (category.isEndOfLine()) {
        return true;
      }
      if (!category.isWhitespace()) {
        return false;
      }
    }
    return true;
  }

  private static List<CommentSuppression> commentSuppressions(Path file, CompilationUnit unit) {
    // The lexer's tokens, not the tree's comments: JavaParser drops some comments when it
    // attributes them to nodes (one after a lambda's closing brace, for instance).
    List<CommentSuppression> found = new ArrayList<>();
    if (unit.getTokenRange().isEmpty()) {
      return found;
    }
    for (JavaToken token : unit.getTokenRange().get()) {
      if (token.getKind() != JavaToken.Kind.SINGLE_LINE_COMMENT.getKind() || token.getRange().isEmpty()) {
        continue;
      }
      Matcher matcher = IGNORE_COMMENT.matcher(token.getText().substring(2));
      if (matcher.matches()) {
        boolean hasReason = HAS_WORD.matcher(matcher.group(1)).find();
        Position begin = token.getRange().get().begin;
        found.add(new CommentSuppression(new Location(file, begin.line, begin.column), hasReason, alone(token)));
      }
    }
    return found;
  }
}
