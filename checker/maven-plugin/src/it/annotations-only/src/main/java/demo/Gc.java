package demo;

public final class Gc {
  private Gc() {}

  public static void main(String[] args) {
    markroot();
  }

  static void markroot() {
    Stacks.systemstack(() -> Stacks.stackfree(8));
    freeStacks();
  }

  static void freeStacks() {
    Stacks.stackfree(16);
  }
}
