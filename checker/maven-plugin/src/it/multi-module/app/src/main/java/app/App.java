package app;

import gc.Sweeper;
import lib.Stacks;

public final class App {
  private App() {}

  public static void main(String[] args) {
    Stacks.systemstack(Sweeper::sweep);
    Stacks.stackfree(8);
    Sweeper.release();
  }
}
