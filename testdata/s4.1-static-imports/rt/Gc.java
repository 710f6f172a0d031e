// S4.1: calls through single-static and static-on-demand imports resolve to the imported method.
package rt;

import static rt.Mem.*;
import static rt.Stack.stackfree;

class Gc {
  public static void main(String[] args) {
    stackfree(1); // want: SystemStack "rt.Stack.stackfree\(long\)"
    memclr(2); // want: SystemStack "rt.Mem.memclr\(long\)"
    memmove(3);
    systemstack(() -> stackfree(4));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
