package dev.stackcheck;

import static com.google.common.truth.Fact.fact;

import com.google.common.truth.FailureMetadata;
import com.google.common.truth.Subject;
import dev.stackcheck.api.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Truth assertions that narrow a list of violations down to one: by file, then by line. */
public final class ViolationsSubject extends Subject {
  private final List<Violation> actual;

  private ViolationsSubject(FailureMetadata metadata, List<Violation> actual) {
    super(metadata, actual);
    this.actual = actual;
  }

  static Subject.Factory<ViolationsSubject, List<Violation>> violations() {
    return ViolationsSubject::new;
  }

  /** The violations located in a file with this name; fails if there is none. */
  public ViolationsSubject inFile(String fileName) {
    List<Violation> matching =
        actual.stream()
            .filter(v -> v.location().file().getFileName().toString().equals(fileName))
            .collect(Collectors.toList());
    if (matching.isEmpty()) {
      failWithoutActual(fact("expected a violation in file", fileName), fact("but the violations were", ReportSubject.describe(actual)));
    }
    return check("inFile(%s)", fileName).about(violations()).that(matching);
  }

  /** The one violation on this line; fails if there is none or more than one. */
  public ViolationSubject onLine(int line) {
    List<Violation> matching = actual.stream().filter(v -> v.location().line() == line).collect(Collectors.toList());
    if (matching.size() != 1) {
      failWithoutActual(
          fact("expected exactly one violation on line", line),
          fact("but the violations were", ReportSubject.describe(actual)));
    }
    return check("onLine(%s)", line).about(ViolationSubject.violations()).that(matching.isEmpty() ? null : matching.get(0));
  }
}
