import dev.stackcheck.annotations.SystemStack;

/** The file next to a broken one is still analyzed. */
class Good {
  @SystemStack
  static void onSystemStack() {}

  public static void main(String[] args) {
    onSystemStack(); // want: SystemStack
  }
}
