package dev.stackcheck.fuzz;

import static com.google.common.truth.Truth.assertThat;

import dev.stackcheck.api.EntryPointMode;
import dev.stackcheck.fuzz.RefGraph.Body;
import dev.stackcheck.fuzz.RefGraph.Kind;
import dev.stackcheck.fuzz.ReferenceModel.Expected;
import dev.stackcheck.fuzz.ReferenceModel.ExpectedWarning;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference model on hand-made graphs, so that a fuzz failure can be trusted to be the engine's. */
class ReferenceModelTest {
  private final RefGraph graph = new RefGraph();

  private Body method(String name, boolean systemStack) {
    return graph.add(name, name, Kind.METHOD, systemStack, false, false, false);
  }

  private RefGraph.Site site(Body owner, int line) {
    return new RefGraph.Site("A.java", line, 5, owner, null);
  }

  private Set<Expected> violations(EntryPointMode mode) {
    return new ReferenceModel(graph, mode, Set.of()).violations();
  }

  @Test
  void chainFromAnUncalledMethodIsReportedWithItsLength() {
    Body a = method("a", false);
    Body b = method("b", false);
    Body s = method("s", true);
    graph.edge(a, b, false, false, site(a, 1));
    graph.edge(b, s, false, false, site(b, 2));

    assertThat(violations(EntryPointMode.CLOSED)).containsExactly(new Expected("A.java", 2, 5, 3, false));
  }

  @Test
  void trampolineEdgeIsNoViolationAndHelpersReachedOnlyFromItAreSystemOnly() {
    Body a = method("a", false);
    Body helper = method("helper", false);
    Body s = method("s", true);
    graph.edge(a, helper, true, false, site(a, 1));
    graph.edge(helper, s, false, false, site(helper, 2));

    assertThat(violations(EntryPointMode.CLOSED)).isEmpty();
  }

  @Test
  void cycleNothingCallsIsRootsButACycleEnteredFromOutsideIsNot() {
    Body x = method("x", false);
    Body y = method("y", false);
    Body s = method("s", true);
    graph.edge(x, y, false, false, site(x, 1));
    graph.edge(y, x, false, false, site(y, 2));
    graph.edge(y, s, false, false, site(y, 3));

    assertThat(violations(EntryPointMode.CLOSED)).containsExactly(new Expected("A.java", 3, 5, 2, false));

    Body entry = method("entry", false);
    graph.edge(entry, x, true, false, site(entry, 4));

    assertThat(violations(EntryPointMode.CLOSED)).isEmpty();
    // Mode all: x and y have ordinary incoming edges, so they are roots again.
    assertThat(violations(EntryPointMode.ALL)).containsExactly(new Expected("A.java", 3, 5, 2, false));
  }

  @Test
  void violationOnlyThroughDispatchSaysSo() {
    Body a = method("a", false);
    Body declared = method("Op.op", false);
    Body override = method("I.op", true);
    graph.edge(a, declared, false, false, site(a, 1));
    graph.edge(a, override, false, true, site(a, 1));

    assertThat(violations(EntryPointMode.CLOSED)).containsExactly(new Expected("A.java", 1, 5, 2, true));
  }

  @Test
  void trailingCommentHidesItsLineOnlyAndACommentAloneTheNextLine() {
    Body a = method("a", false);
    Body s = method("s", true);
    graph.edge(a, s, false, false, site(a, 1));
    graph.edge(a, s, false, false, new RefGraph.Site("A.java", 2, 9, a, null));
    graph.edge(a, s, false, false, site(a, 4));
    graph.comments.add(new RefGraph.CommentSuppression("A.java", 1, 20, true, false));
    graph.comments.add(new RefGraph.CommentSuppression("A.java", 3, 5, true, true));
    graph.comments.add(new RefGraph.CommentSuppression("A.java", 6, 5, false, true));

    ReferenceModel model = new ReferenceModel(graph, EntryPointMode.CLOSED, Set.of());

    assertThat(model.violations()).containsExactly(new Expected("A.java", 2, 9, 2, false));
    assertThat(model.warnings()).containsExactly(new ExpectedWarning("A.java", 6, 5));
  }

  @Test
  void fallbackSiteReachesEveryMethodOfTheSameName() {
    Body a = method("a", false);
    Body first = graph.add("C0.m", "m", Kind.METHOD, false, false, false, false);
    Body second = graph.add("C1.m", "m", Kind.METHOD, true, false, false, false);
    graph.edge(a, first, false, false, site(a, 1));

    Set<Expected> violations =
        new ReferenceModel(graph, EntryPointMode.CLOSED, Set.of(new ReferenceModel.FallbackSite("A.java", 1, 5, true)))
            .violations();

    assertThat(second.systemStack).isTrue();
    assertThat(violations).containsExactly(new Expected("A.java", 1, 5, 2, false));
  }
}
