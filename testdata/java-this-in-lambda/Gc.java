// Java construct (S4.1, S4.5): calls on `this` (explicit or implicit) inside lambdas resolve to
// the enclosing instance's methods; inside an anonymous class, `this` is the anonymous instance.
import dev.stackcheck.annotations.SystemStack;
import java.util.List;

class Gc {
  @SystemStack
  void free() {}

  void helper() {
    free();
  }

  void work(List<Long> stacks) {
    systemstack(() -> this.free());
    systemstack(() -> free());
    systemstack(() -> helper());
    Runnable later = () -> this.free(); // want: SystemStack path: main -> work -> lambda$4 -> free
    later.run();
    stacks.forEach(n -> free()); // want: SystemStack path: main -> work -> lambda$5 -> free
    systemstack(
        new Runnable() {
          void free() {}

          @Override
          public void run() {
            this.free();
            Gc.this.free();
            Runnable nested = () -> Gc.this.free();
            nested.run();
          }
        });
  }

  public static void main(String[] args) {
    new Gc().work(List.of(1L));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
