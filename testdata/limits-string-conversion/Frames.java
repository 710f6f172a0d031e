// Known limit (S4.1): of the calls the compiler writes for the programmer, only those of an
// enhanced for (iterator, hasNext, next) and of try-with-resources (close) are edges. String
// conversion ("at " + frame calls frame.toString()) is not, so the line marked "not reported" is
// not reported, although it runs a @SystemStack toString() on a user stack; the explicit call is
// (docs/semantics.md, "Known limits").
import dev.stackcheck.annotations.SystemStack;

final class Frame {
  @SystemStack
  @Override
  public String toString() {
    return "frame";
  }
}

final class Frames {
  public static void main(String[] args) {
    Frame frame = new Frame();
    System.out.println("at " + frame); // not reported
    System.out.println(frame.toString()); // want: SystemStack "calls @SystemStack Frame.toString\(\)"
  }
}
