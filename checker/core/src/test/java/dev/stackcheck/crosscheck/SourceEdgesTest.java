package dev.stackcheck.crosscheck;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Call-graph edges that the cross-check found wrong on real code, each pinned by a small source:
 * one behaviour per test, the edge named by caller and callee signatures.
 */
class SourceEdgesTest {
  @TempDir Path folder;

  @Test
  void cloneOfAnArrayDoesNotDispatchToCloneOverrides() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            class Copyable implements Cloneable {
              @Override public Copyable clone() { return this; }
            }
            class User {
              int[] copy(int[] values) { return values.clone(); }
            }
            """);

    assertThat(edges).doesNotContain(new Edge("p.User.copy(int[])", "p.Copyable.clone()"));
  }

  @Test
  void enhancedForOverAnIterableCallsItsIteratorMethods() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.util.Iterator;
            class Numbers implements Iterable<Integer> {
              @Override public Cursor iterator() { return new Cursor(); }
            }
            class Cursor implements Iterator<Integer> {
              @Override public boolean hasNext() { return false; }
              @Override public Integer next() { return 0; }
            }
            class User {
              int sum(Numbers numbers) {
                int sum = 0;
                for (int n : numbers) { sum += n; }
                return sum;
              }
              int sum(int[] numbers) {
                int sum = 0;
                for (int n : numbers) { sum += n; }
                return sum;
              }
            }
            """);

    assertThat(edges)
        .containsAtLeast(
            new Edge("p.User.sum(p.Numbers)", "p.Numbers.iterator()"),
            new Edge("p.User.sum(p.Numbers)", "p.Cursor.hasNext()"),
            new Edge("p.User.sum(p.Numbers)", "p.Cursor.next()"));
    assertThat(edges.stream().filter(e -> e.from().equals("p.User.sum(int[])")).toList()).isEmpty();
  }

  @Test
  void unresolvedMethodReferenceIsBoundedByItsType() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.util.Comparator;
            import java.util.Objects;
            class Version implements Comparable<Version> {
              @Override public int compareTo(Version other) { return 0; }
            }
            class User {
              static final Comparator<Class<?>> BY_NAME =
                  (a, b) -> Objects.compare(a.getName(), b.getName(), String::compareTo);
            }
            """);

    assertThat(edges).doesNotContain(new Edge("p.User.<clinit>$lambda$1", "p.Version.compareTo(p.Version)"));
  }

  @Test
  void callOnAnImplicitlyTypedLambdaParameterIsBoundedByItsInferredType() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.util.HashMap;
            import java.util.Map;
            class Key {
              @Override public boolean equals(Object other) { return false; }
              @Override public int hashCode() { return 0; }
            }
            class User {
              static final Map<Class<?>, Class<?>> WRAPPERS = new HashMap<>();
              static void invert(Map<Class<?>, Class<?>> into) {
                WRAPPERS.forEach((primitive, wrapper) -> {
                  if (!primitive.equals(wrapper)) {
                    into.put(wrapper, primitive);
                  }
                });
              }
            }
            """);

    assertThat(edges)
        .doesNotContain(new Edge("p.User.invert(java.util.Map)$lambda$1", "p.Key.equals(java.lang.Object)"));
  }

  @Test
  void virtualCallReachesAnImplementationInheritedFromOutsideTheReceiverType() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            interface Sized { int size(); }
            class Base { public int size() { return 0; } }
            class Impl extends Base implements Sized {}
            abstract class Unused extends Base implements Sized {}
            class User {
              int measure(Sized sized) { return sized.size(); }
              int measure(Base base) { return base.size(); }
            }
            """);

    assertThat(edges).contains(new Edge("p.User.measure(p.Sized)", "p.Base.size()"));
    assertThat(edges).contains(new Edge("p.User.measure(p.Base)", "p.Base.size()"));
  }

  @Test
  void superCallInAnEnumConstantBodyReachesTheEnumsMethod() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            enum Format {
              LOWER {
                @Override String convert(Format to, String s) { return super.convert(to, s.toLowerCase()); }
              },
              UPPER {
                @Override String convert(Format to, String s) { return super.convert(to, s.toUpperCase()); }
              };
              String convert(Format to, String s) { return s; }
            }
            """);

    assertThat(edges).contains(new Edge("p.Format.LOWER.convert(p.Format, java.lang.String)", "p.Format.convert(p.Format, java.lang.String)"));
    assertThat(edges).doesNotContain(new Edge("p.Format.LOWER.convert(p.Format, java.lang.String)", "p.Format.UPPER.convert(p.Format, java.lang.String)"));
  }

  @Test
  void ambiguousCallIsBoundedByTheReceiversOverloads() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.util.Arrays;
            class Objects2 {
              static boolean equals(Object a, Object b) { return a == b; }
            }
            class User {
              static boolean same(Object a, Object b) {
                return Arrays.equals((int[]) a, (int[]) b);
              }
            }
            """);

    assertThat(edges).doesNotContain(new Edge("p.User.same(java.lang.Object, java.lang.Object)", "p.Objects2.equals(java.lang.Object, java.lang.Object)"));
  }

  @Test
  void memberClassOfAnAnonymousClassIsNamedAfterIt() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            class Outer {
              Object make() {
                return new Object() {
                  class Entry { int key() { return 1; } }
                  @Override public int hashCode() { return new Entry().key(); }
                };
              }
            }
            """);

    assertThat(edges).contains(new Edge("p.Outer.make()$1.hashCode()", "p.Outer.make()$1.Entry.key()"));
  }

  @Test
  void callOnAWildcardResultIsBoundedByTheDeclaredResultType() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.lang.reflect.TypeVariable;
            class Key {
              @Override public boolean equals(Object other) { return false; }
              @Override public int hashCode() { return 0; }
            }
            class User {
              static boolean sameDeclaration(TypeVariable<?> a, TypeVariable<?> b) {
                return a.getGenericDeclaration().equals(b.getGenericDeclaration());
              }
            }
            """);

    assertThat(edges)
        .doesNotContain(
            new Edge(
                "p.User.sameDeclaration(java.lang.reflect.TypeVariable, java.lang.reflect.TypeVariable)",
                "p.Key.equals(java.lang.Object)"));
  }

  @Test
  void unqualifiedCallInALocalClassReachesItsSuperclassMethod() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            abstract class Base {
              String asText() { return ""; }
            }
            class Other {
              String asText() { return "other"; }
            }
            class Outer {
              Object make() {
                class Local extends Base {
                  @Override public String toString() { return asText(); }
                }
                return new Local();
              }
            }
            """);

    assertThat(edges).doesNotContain(new Edge("p.Outer.make()$Local.toString()", "p.Other.asText()"));
    assertThat(edges).contains(new Edge("p.Outer.make()$Local.toString()", "p.Base.asText()"));
  }

  @Test
  void unresolvedCallOnAnUnresolvedCallIsBoundedByThatCallsResultType() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.util.Comparator;
            import java.util.TreeSet;
            class Quoter {
              private static final Comparator<String> LONGER_FIRST = Comparator.reverseOrder();
              private static StringBuilder simpleQuote(StringBuilder sb, String value) { return sb.append(value); }
              static void all(java.util.Map<String, Integer> names, StringBuilder regex) {
                TreeSet<String> sorted = new TreeSet<>(LONGER_FIRST);
                names.forEach((k, v) -> sorted.add(k.toLowerCase()));
                sorted.forEach(symbol -> simpleQuote(regex, symbol).append('|'));
              }
            }
            class Other {
              Other append(char c) { return this; }
            }
            """);

    assertThat(edges)
        .doesNotContain(new Edge("p.Quoter.all(java.util.Map, java.lang.StringBuilder)$lambda$2", "p.Other.append(char)"));
  }

  @Test
  void methodReferenceOnAParameterIsBoundedByTheParametersDeclaredType() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.util.Collection;
            import java.util.function.Predicate;
            class Threads {
              public interface GroupPredicate { boolean test(ThreadGroup group); }
              static Collection<ThreadGroup> find(ThreadGroup group, Predicate<ThreadGroup> predicate) { return null; }
              static Collection<ThreadGroup> find(ThreadGroup group, GroupPredicate predicate) {
                return find(group, (Predicate<ThreadGroup>) predicate::test);
              }
            }
            class Other {
              boolean test(Object value) { return false; }
            }
            """);

    String find = "p.Threads.find(java.lang.ThreadGroup, p.Threads.GroupPredicate)";
    assertThat(edges).contains(new Edge(find, "p.Threads.GroupPredicate.test(java.lang.ThreadGroup)"));
    assertThat(edges).doesNotContain(new Edge(find, "p.Other.test(java.lang.Object)"));
  }

  @Test
  void callOnAnUninferredLambdaParameterIsBoundedByTheExpectedFunctionalType() throws IOException {
    Set<Edge> edges =
        edges(
            """
            package p;
            import java.io.IOException;
            class Joiner<T> {
              interface Appender<A, E, X extends Exception> { void accept(A a, E e) throws X; }
              private final Appender<Appendable, T, IOException> appender;
              Joiner(Appender<Appendable, T, IOException> appender) {
                this.appender = appender != null ? appender : (a, e) -> a.append(String.valueOf(e));
              }
            }
            class Text {
              Text append(CharSequence text) { return this; }
            }
            """);

    assertThat(edges).doesNotContain(new Edge("p.Joiner.Joiner(p.Joiner.Appender)$lambda$1", "p.Text.append(java.lang.CharSequence)"));
  }

  private Set<Edge> edges(String... sources) throws IOException {
    int n = 0;
    for (String source : sources) {
      Files.writeString(folder.resolve("Source" + n++ + ".java"), source);
    }
    SourceGraph graph = SourceGraph.build(new Corpus("inline", folder, folder, List.of()));
    return graph.edges.keySet();
  }
}
