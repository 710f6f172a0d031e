// Known limit (S3): annotations are recognized per file, from its imports and its own types. Java
// resolves @SystemStack here to app.SystemStack (a type of the same package hides an on-demand
// import), but stackcheck, not seeing the other file, takes it for its own annotation, so the
// call below is a false positive (docs/semantics.md, "Known limits"). A single-type import or the
// qualified name avoids it.
package app;

import dev.stackcheck.annotations.*;

class Gc {
  @SystemStack
  static void notOurs() {}

  public static void main(String[] args) {
    notOurs(); // want: SystemStack
  }
}
