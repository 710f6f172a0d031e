package dev.stackcheck.lsp;

import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Translates a {@link Report} into LSP diagnostics, grouped by document URI: one per violation
 * (code = rule id, source {@code stackcheck}, the witness path as related information, one entry
 * per hop at its location), one per input error (code {@code InputError}) and one warning per
 * suppression that hides nothing (code {@value Warning#ID}, tagged unnecessary, so editors fade it). A diagnostic spans
 * the identifier at its position when the document's text is known. Stateless.
 */
final class Diagnostics {
  static final String SOURCE = "stackcheck";
  static final String INPUT_ERROR = "InputError";

  private Diagnostics() {}

  /** @param texts the current text of a file (open buffer or disk), or null if unknown */
  static Map<String, List<Diagnostic>> of(Report report, Function<Path, String> texts) {
    Lines lines = new Lines(texts);
    Map<String, List<Diagnostic>> byUri = new TreeMap<>();
    for (Violation violation : report.violations()) {
      Diagnostic diagnostic =
          new Diagnostic(lines.range(violation.location()), violation.message(), DiagnosticSeverity.Error, SOURCE, violation.rule().id());
      List<DiagnosticRelatedInformation> related = new ArrayList<>();
      List<Hop> path = violation.path();
      for (int i = 0; i < path.size(); i++) {
        Hop hop = path.get(i);
        dev.stackcheck.api.Location at = hop.location() != null ? hop.location() : violation.location();
        String role =
            i == 0 ? "entry point (" + violation.entryPointReason() + "): "
                : i == path.size() - 1 ? "@SystemStack " + (hop.location() == null ? "(compiled) " : "")
                : "-> ";
        related.add(new DiagnosticRelatedInformation(new Location(uri(at.file()), lines.range(at)), role + hop.body()));
      }
      diagnostic.setRelatedInformation(related);
      byUri.computeIfAbsent(uri(violation.location().file()), u -> new ArrayList<>()).add(diagnostic);
    }
    for (InputError error : report.errors()) {
      byUri.computeIfAbsent(uri(error.location().file()), u -> new ArrayList<>()).add(inputError(error, lines));
    }
    for (Warning warning : report.warnings()) {
      Diagnostic diagnostic =
          new Diagnostic(lines.range(warning.location()), warning.message(), DiagnosticSeverity.Warning, SOURCE, Warning.ID);
      diagnostic.setTags(List.of(DiagnosticTag.Unnecessary));
      byUri.computeIfAbsent(uri(warning.location().file()), u -> new ArrayList<>()).add(diagnostic);
    }
    return byUri;
  }

  /** The diagnostics of input errors alone (of one document). */
  static List<Diagnostic> of(List<InputError> errors, Function<Path, String> texts) {
    Lines lines = new Lines(texts);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (InputError error : errors) {
      diagnostics.add(inputError(error, lines));
    }
    return diagnostics;
  }

  private static Diagnostic inputError(InputError error, Lines lines) {
    return new Diagnostic(lines.range(error.location()), error.message(), DiagnosticSeverity.Error, SOURCE, INPUT_ERROR);
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }

  /** Finds where the identifier at a position ends, reading each file's text once. */
  private static final class Lines {
    private final Function<Path, String> texts;
    private final Map<Path, String[]> cache = new TreeMap<>();

    Lines(Function<Path, String> texts) {
      this.texts = texts;
    }

    Range range(dev.stackcheck.api.Location location) {
      int line = Math.max(0, location.line() - 1);
      int start = Math.max(0, location.column() - 1);
      int end = start + 1;
      String[] fileLines = cache.computeIfAbsent(location.file(), f -> {
        String text = texts.apply(f);
        return text == null ? new String[0] : text.split("\r\n|\r|\n", -1);
      });
      if (line < fileLines.length) {
        String text = fileLines[line];
        int i = start;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
          i++;
        }
        end = Math.max(end, i);
      }
      return new Range(new Position(line, start), new Position(line, end));
    }
  }
}
