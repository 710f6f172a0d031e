// Java construct (S4.1, S4.2): super.m() calls exactly the superclass method (no dispatch), also
// from an anonymous class; Outer.this.m() calls the enclosing instance's method, not the inner
// class's method of the same name.
import dev.stackcheck.annotations.SystemStack;

class Cache {
  void flush() {}

  @SystemStack
  void clear() {}
}

class StackCache extends Cache {
  @Override
  @SystemStack
  void flush() {}

  @Override
  void clear() {}

  void work() {
    super.flush();
    this.flush(); // want: SystemStack "calls @SystemStack StackCache.flush\(\)"
    super.clear(); // want: SystemStack "calls @SystemStack Cache.clear\(\)"
  }
}

class Outer {
  @SystemStack
  void free() {}

  class Inner {
    void free() {}

    void work() {
      free();
      Outer.this.free(); // want: SystemStack "Outer.free\(\)"
    }
  }

  Cache anonymous() {
    return new Cache() {
      @Override
      void flush() {
        super.flush();
        super.clear(); // want: SystemStack "Cache.clear\(\)"
      }
    };
  }
}

class Calls {
  public static void main(String[] args) {
    new StackCache().work();
    Outer outer = new Outer();
    outer.new Inner().work();
    outer.anonymous();
  }
}
