// S1: static initializer blocks and static field initializers form one body per class
// (<clinit>); instance initializer blocks and instance field initializers are part of every
// constructor that does not call this(...), modelled as one body (<init>) that those
// constructors call. Field and block initializers are reported at their call, with <init> on
// the path.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static long[] stackalloc(int n) {
    return new long[n];
  }
}

class Cache {
  static final long[] SHARED = Stack.stackalloc(1); // want: SystemStack path: <clinit> -> stackalloc

  static {
    Stack.stackalloc(2); // want: SystemStack path: <clinit> -> stackalloc
  }

  final long[] own = Stack.stackalloc(3); // want: SystemStack path: main -> Cache -> Cache -> <init> -> stackalloc

  {
    Stack.stackalloc(4); // want: SystemStack path: main -> Cache -> Cache -> <init> -> stackalloc
  }

  Cache() {}

  Cache(int size) {
    this();
  }
}

class SystemCache {
  final long[] own = Stack.stackalloc(5);

  SystemCache() {}
}

class Initializers {
  public static void main(String[] args) {
    new Cache(1);
    systemstack(() -> new SystemCache());
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
