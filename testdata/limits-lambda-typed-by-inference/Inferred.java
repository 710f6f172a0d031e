// Known limit (S3.2): a lambda whose functional interface comes only from inferring a generic
// method's type variable (List.of(E...)) is not recognized as implementing a @SystemStack
// method, so it is taken to run where it is created and its body is reported. Typing it first
// (a local variable of the interface type) avoids this.
import dev.stackcheck.annotations.SystemStack;
import java.util.List;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

interface Op {
  @SystemStack
  void apply();
}

class Inferred {
  public static void main(String[] args) {
    List<Op> inferred = List.of(() -> Stack.stackfree(1)); // want: SystemStack path: main -> lambda$1 -> stackfree
    Op typed = () -> Stack.stackfree(2);
    List<Op> fine = List.of(typed);
    inferred.size();
    fine.size();
  }
}
