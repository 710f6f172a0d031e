// Known limit (S4.5, S4.8): the analysis does not follow values. A lambda created on the system
// stack, stored, and run later on a user stack is assumed to run where it was created, and calls
// made by reflection are not seen at all. Neither line marked "not reported" is reported,
// although both run stackfree on a user stack (docs/semantics.md, "Known limits").
import dev.stackcheck.annotations.SystemStack;
import java.util.ArrayList;
import java.util.List;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Gc {
  static final List<Runnable> LATER = new ArrayList<>();

  public static void main(String[] args) throws ReflectiveOperationException {
    systemstack(() -> LATER.add(() -> Stack.stackfree(1))); // not reported
    LATER.get(0).run();
    Stack.class.getDeclaredMethod("stackfree", long.class).invoke(null, 2L); // not reported
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
