// S7.1: a violation is reported once per call site, however many paths reach it and however many
// @SystemStack overrides a virtual call may reach; two calls are two violations, also on one line.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Allocator {
  void alloc() {}
}

class Pool extends Allocator {
  @Override
  @SystemStack
  void alloc() {}
}

class Arena extends Allocator {
  @Override
  @SystemStack
  void alloc() {}
}

class Gc {
  public static void main(String[] args) {
    viaA();
    viaB();
    new Allocator().alloc(); // want: SystemStack "and 1 more @SystemStack override\)"
  }

  static void viaA() {
    shared();
  }

  static void viaB() {
    shared();
  }

  static void shared() {
    Stack.stackfree(1); // want: SystemStack path: main -> viaA -> shared -> stackfree
    Stack.stackfree(2); Stack.stackfree(3); // want: SystemStack want: SystemStack
  }
}
