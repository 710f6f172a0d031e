// S4.1: inherited members (instance and static, from a superclass and from a super-interface)
// are resolved to the declaring type, whether called unqualified, on this, or on a subclass.
import dev.stackcheck.annotations.SystemStack;

class Base {
  @SystemStack
  void free() {}

  @SystemStack
  static void freeAll() {}

  void stats() {}
}

interface Flushing {
  @SystemStack
  static void flushAll() {}

  @SystemStack
  default void flush() {}
}

class Derived extends Base implements Flushing {
  void work() {
    free(); // want: SystemStack "calls @SystemStack Base.free\(\)"
    this.free(); // want: SystemStack
    freeAll(); // want: SystemStack "Base.freeAll\(\)"
    flush(); // want: SystemStack "Flushing.flush\(\)"
    stats();
  }
}

class Inherited {
  public static void main(String[] args) {
    Derived derived = new Derived();
    derived.work();
    derived.free(); // want: SystemStack
    Derived.freeAll(); // want: SystemStack
    Flushing.flushAll(); // want: SystemStack
    systemstack(derived::work);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
