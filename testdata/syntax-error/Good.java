// S8, S9: a file with a syntax error is reported as an input error (exit code 2), and the file
// next to it is still analyzed.
import dev.stackcheck.annotations.SystemStack;

/** The file next to a broken one is still analyzed. */
class Good {
  @SystemStack
  static void onSystemStack() {}

  public static void main(String[] args) {
    onSystemStack(); // want: SystemStack
  }
}
