// S3: the annotations are recognized by their qualified name however they are written: fully
// qualified without an import, through a single-type import, or through an on-demand import. A
// single-type import of another SystemStack shadows the on-demand import, as in Java.
package app;

class Qualified {
  @dev.stackcheck.annotations.SystemStack
  static void stackfree(long n) {}

  @dev.stackcheck.annotations.Trampoline
  static void onSystem(Runnable fn) {
    fn.run();
  }

  public static void main(String[] args) {
    stackfree(1); // want: SystemStack
    onSystem(() -> stackfree(2));
    OnDemand.stackalloc(3); // want: SystemStack
    OnDemand.onSystem(() -> OnDemand.stackalloc(4));
    Shadowed.notOurs(5);
    Shadowed.stillOurs(6); // want: SystemStack
  }
}
