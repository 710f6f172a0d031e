// S3.5: stackcheck's annotations in a compiled dependency (lib/ is compiled and put on the
// classpath): a @SystemStack method, a @SystemStack type, a @Trampoline method, a @SystemStack
// parameter, a @SystemStack interface method implemented by a lambda, and a @SystemStack abstract
// method overridden in the sources. An unrelated annotation named SystemStack does not count.
package app;

import lib.Allocator;
import lib.Frames;
import lib.Gc;
import lib.Mcache;
import lib.StackOp;
import other.Plain;

class PoolAllocator extends Allocator {
  @Override
  public void alloc() {}
}

class App {
  public static void main(String[] args) {
    Gc.stackfree(1); // want: SystemStack "lib.Gc.stackfree\(long\)"
    Mcache cache = new Mcache(); // want: SystemStack "lib.Mcache.Mcache\(\)"
    cache.refill(); // want: SystemStack
    Mcache.flush(); // want: SystemStack
    Gc.onSystemStack(() -> Gc.stackfree(2));
    Gc.switchTo(() -> Gc.stackfree(3), () -> Gc.stackfree(4)); // want: SystemStack path: main -> lambda$3 -> stackfree
    StackOp op = n -> Gc.stackfree(n);
    op.apply(5); // want: SystemStack "lib.StackOp.apply\(long\)"
    new PoolAllocator().alloc(); // want: SystemStack "app.PoolAllocator.alloc\(\)"
    Frames frames = new Frames();
    frames.new Frame(6); // want: SystemStack "lib.Frames.Frame.Frame\(long\)"
    new Frames.Nested(); // want: SystemStack
    Plain.notReally();
    Local.notReallyEither();
  }
}
