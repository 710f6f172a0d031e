package dev.stackcheck;

import static com.google.common.truth.Fact.fact;

import com.google.common.truth.FailureMetadata;
import com.google.common.truth.IterableSubject;
import com.google.common.truth.StringSubject;
import com.google.common.truth.Subject;
import dev.stackcheck.api.Hop;
import dev.stackcheck.api.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Truth assertions about one {@link Violation}: its column, message and witness path. */
public final class ViolationSubject extends Subject {
  private final Violation actual;

  private ViolationSubject(FailureMetadata metadata, Violation actual) {
    super(metadata, actual);
    this.actual = actual;
  }

  static Subject.Factory<ViolationSubject, Violation> violations() {
    return ViolationSubject::new;
  }

  public ViolationSubject atColumn(int column) {
    if (actual.location().column() != column) {
      failWithActual(fact("expected column", column), fact("but was", actual.location().column()));
    }
    return this;
  }

  public StringSubject message() {
    return check("message()").that(actual.message());
  }

  /** The witness path as the signatures of its hops, entry point first. */
  public IterableSubject path() {
    List<String> bodies = actual.path().stream().map(Hop::body).collect(Collectors.toList());
    return check("path()").that(bodies);
  }

  /** The witness path as {@code line:column} of each hop ("compiled" for a hop without a location). */
  public IterableSubject pathLocations() {
    List<String> places =
        actual.path().stream()
            .map(h -> h.location() == null ? "compiled" : h.location().line() + ":" + h.location().column())
            .collect(Collectors.toList());
    return check("pathLocations()").that(places);
  }
}
