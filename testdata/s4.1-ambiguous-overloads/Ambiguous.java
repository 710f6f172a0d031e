// S4.1: a call that javac rejects as ambiguous (no applicable overload is more specific than the
// others) reaches every overload that can take its arguments, as an unresolved call does: the
// symbol solver's own pick among them follows hash order and could change from run to run.
// javac: skip (the ambiguous call does not compile)
import dev.stackcheck.annotations.SystemStack;
import java.util.Map;

class Ambiguous {
  @SystemStack
  static <T extends CharSequence> T notEmpty(T chars) {
    return chars;
  }

  static <T extends Map<?, ?>> T notEmpty(T map) {
    return map;
  }

  public static void main(String[] args) {
    notEmpty(null); // want: SystemStack "notEmpty\(java.lang.CharSequence\) \(the call was not resolved"
    notEmpty("gc"); // want: SystemStack "calls @SystemStack Ambiguous.notEmpty\(java.lang.CharSequence\), but"
    notEmpty(Map.of());
  }
}
