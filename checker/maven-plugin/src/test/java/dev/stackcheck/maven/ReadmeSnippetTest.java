package dev.stackcheck.maven;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use in a Maven build" XML is what the annotations-only integration test builds, so
 * the documented setup is the tested one.
 */
class ReadmeSnippetTest {
  private static final Pattern BLOCK = Pattern.compile("<(dependency|plugin)>.*?</\\1>", Pattern.DOTALL);

  @Test
  void readmeXmlIsInTheAnnotationsOnlyProject() throws IOException {
    Path module = Path.of(System.getProperty("stackcheck.module", ".")).toAbsolutePath();
    String readme = Files.readString(module.resolve("../../README.md"));
    String section = readme.substring(readme.indexOf("## Use in a Maven build"));
    String xml = section.substring(section.indexOf("```xml") + 6, section.indexOf("```", section.indexOf("```xml") + 6));
    String pom = flat(Files.readString(module.resolve("src/it/annotations-only/pom.xml")))
        .replace("@project.version@", System.getProperty("stackcheck.version", "@project.version@"));

    Matcher blocks = BLOCK.matcher(xml);
    int found = 0;
    while (blocks.find()) {
      found++;
      assertWithMessage("README block %s in src/it/annotations-only/pom.xml", found).that(pom).contains(flat(blocks.group()));
    }
    assertWithMessage("XML blocks in the README section").that(found).isEqualTo(2);
  }

  /** Without indentation, so that nesting in the pom does not matter. */
  private static String flat(String xml) {
    return xml.replaceAll("\\s*\\n\\s*", "");
  }
}
