package demo;

public final class Gc {
  private Gc() {}

  public static void main(String[] args) {
    markroot();
  }

  static void markroot() {
    Stacks.systemstack(() -> Stacks.stackfree(8));
    Stacks.systemstack(Gc::freeStacks);
  }

  @SuppressWarnings("SystemStack") // left from before the trampoline: hides nothing now
  static void freeStacks() {
    Stacks.stackfree(16);
  }
}
