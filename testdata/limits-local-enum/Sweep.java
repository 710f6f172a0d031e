import dev.stackcheck.annotations.SystemStack;

/** The file next to the one with the local enum is still checked. */
class Sweep {
  @SystemStack
  static void sweepSpan() {}

  public static void main(String[] args) {
    record Span(long base) {}
    sweepSpan(); // want: SystemStack
    System.out.println(new Span(1));
  }
}
