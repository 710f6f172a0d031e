package dev.stackcheck.source;

import static com.google.common.truth.Truth.assertThat;

import dev.stackcheck.api.InputError;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaSourceParserTest {
  private static ParsedFile parse(int release, String text) {
    return new JavaSourceParser(release).parse(new SourceFile(Path.of("/src/A.java"), text));
  }

  private static String onlyMessage(ParsedFile file) {
    assertThat(file.errors()).hasSize(1);
    return file.errors().get(0).message();
  }

  @Test
  void recordNamesTheReleaseThatAcceptsIt() {
    ParsedFile file = parse(11, "record R(int x) {}");

    assertThat(onlyMessage(file)).isEqualTo("record declarations need --java-release 16 or newer (the sources are parsed as Java 11)");
  }

  @Test
  void textBlockNamesTheReleaseThatAcceptsIt() {
    ParsedFile file = parse(11, "class A { String s = \"\"\"\n  hi\n  \"\"\"; }");

    assertThat(onlyMessage(file)).isEqualTo("text blocks need --java-release 15 or newer (the sources are parsed as Java 11)");
    assertThat(file.errors().get(0).location().column()).isEqualTo(22);
  }

  @Test
  void patternInSwitchNamesTheReleaseThatAcceptsIt() {
    ParsedFile file = parse(17, "class A { Object f(Object o) { return switch (o) { case String s -> s; default -> o; }; } }");

    assertThat(onlyMessage(file)).isEqualTo("patterns in switch need --java-release 21 or newer (the sources are parsed as Java 17)");
  }

  @Test
  void sealedClassesNameTheReleaseThatAcceptsThem() {
    ParsedFile file = parse(11, "sealed interface S permits T {} final class T implements S {}");

    assertThat(file.errors().stream().map(InputError::message).toList())
        .contains("sealed classes need --java-release 17 or newer (the sources are parsed as Java 11)");
  }

  @Test
  void sameSourceParsesAtTheNamedRelease() {
    assertThat(parse(16, "record R(int x) {}").ok()).isTrue();
  }

  @Test
  void lexicalErrorIsPlacedAndDescribed() {
    ParsedFile file = parse(21, "class A {\n  int x = 1 # 2;\n}\n");

    assertThat(file.errors().get(0).location().line()).isEqualTo(2);
    assertThat(file.errors().get(0).location().column()).isEqualTo(13);
    assertThat(file.errors().get(0).message()).isEqualTo("syntax error: unexpected character \"#\"");
  }

  @Test
  void commentOpenAtTheEndOfTheFileIsPlacedOnItsLastLine() {
    ParsedFile file = parse(21, "class A {\n}\n/* never closed\n");

    assertThat(file.errors().get(0).location().line()).isEqualTo(4);
    assertThat(file.errors().get(0).location().column()).isEqualTo(1);
    assertThat(file.errors().get(0).message()).isEqualTo("syntax error: the file ends inside a comment or a literal");
  }

  @Test
  void binaryGarbageListsAtMostTwentyErrorsAndACount() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      text.append("class ").append(i).append(" } ) ;\n");
    }

    ParsedFile file = parse(21, text.toString());

    assertThat(file.errors().size()).isAtMost(JavaSourceParser.MAX_PROBLEMS + 1);
  }

  @Test
  void nestingBeyondTheLimitIsReportedWhereItStarts() {
    ParsedFile file = parse(21, "class A {\n  int x = " + "(".repeat(1_001) + "1" + ")".repeat(1_001) + ";\n}\n");

    assertThat(file.errors().get(0).location().line()).isEqualTo(2);
    // The class body is the first level; the 1,000th parenthesis, at column 11 + 999, the 1,001st.
    assertThat(file.errors().get(0).location().column()).isEqualTo(11 + 999);
  }
}
