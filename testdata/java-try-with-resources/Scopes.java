// S4.1: a try-with-resources statement calls close() on each resource without writing it, at
// the end of the block. A @SystemStack close() of the resource's type is called ("calls"), one of
// a subtype is reached by dispatch ("may dispatch to"); reported at the resource.
import dev.stackcheck.annotations.SystemStack;

class StackScope implements AutoCloseable {
  @SystemStack
  public void close() {}
}

class Lease implements AutoCloseable {
  public void close() {}
}

class PinnedLease extends Lease {
  @SystemStack
  public void close() {}
}

class Scopes {
  public static void main(String[] args) throws Exception {
    try (StackScope scope = new StackScope()) { // want: SystemStack "calls @SystemStack StackScope.close\(\)"
      System.out.println(scope);
    }
    StackScope shared = new StackScope();
    try (shared) { // want: SystemStack "calls @SystemStack StackScope.close\(\)"
      System.out.println(shared);
    }
    try (Lease lease = new Lease(); var pinned = new PinnedLease()) { // want: SystemStack "calls Lease.close\(\), which may dispatch to @SystemStack PinnedLease.close\(\)" want: SystemStack "calls @SystemStack PinnedLease.close\(\)"
      System.out.println(lease);
    }
    try (AutoCloseable any = new Lease()) { // want: SystemStack "calls java.lang.AutoCloseable.close\(\), which may dispatch to"
      System.out.println(any);
    }
    systemstack(() -> {
      try (StackScope scope = new StackScope()) {
        System.out.println(scope);
      }
    });
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
