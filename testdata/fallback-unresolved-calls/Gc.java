// Fallback (issue 3 item 4, docs/semantics.md): a call the symbol solver cannot resolve (here a
// library missing from the classpath) is connected to every method of the analyzed code with the
// same name and a compatible number of arguments, so no violation is missed; the message says so.
// Its lambda arguments run on the system stack if every candidate is a trampoline there, or, when
// nothing in the sources matches, if the method has a trampoline's name (systemstack, or a name
// from the configuration). The case is not compiled with javac. // javac: skip
import dev.stackcheck.annotations.SystemStack;
import vendor.Library;

class Gc {
  @SystemStack
  static void stackfree(long n) {}

  @dev.stackcheck.annotations.Trampoline
  static void onSystem(Runnable fn) {
    fn.run();
  }

  public static void main(String[] args) {
    Library library = Library.open();
    library.stackfree(1); // want: SystemStack "not resolved"
    library.systemstack(() -> stackfree(2));
    library.runOnSystem(() -> stackfree(3));
    library.onSystem(() -> stackfree(4));
    library.onUser(() -> stackfree(5)); // want: SystemStack path: main -> lambda$4 -> stackfree
  }
}
