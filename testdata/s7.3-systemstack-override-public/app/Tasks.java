// S7.3: in modes public and all, a @SystemStack method that overrides a method which is neither
// @SystemStack nor declared in the analyzed code (Runnable.run, Comparable.compareTo,
// Object.toString) is reported at its declaration, as rule SystemStackOverride: external code
// may call it on a user stack. Overriding an analyzed or an annotated method is not reported.
package app;

import dev.stackcheck.annotations.SystemStack;

public class Tasks {
  public static class FreeTask implements Runnable {
    @Override
    @SystemStack
    public void run() {} // want: SystemStackOverride "overrides java.lang.Runnable.run\(\)"
  }

  public static class Version implements Comparable<Version> {
    @Override
    @SystemStack
    public int compareTo(Version other) { // want: SystemStackOverride "java.lang.Comparable.compareTo\(java.lang.Object\)"
      return 0;
    }
  }

  /** Every method of a @SystemStack type is @SystemStack, toString() included. */
  @SystemStack
  public static class Mcache {
    @Override
    public String toString() { // want: SystemStackOverride "java.lang.Object.toString\(\)"
      return "mcache";
    }
  }

  public interface Op {
    @SystemStack
    void apply();
  }

  public static class OpImpl implements Op {
    @Override
    public void apply() {}
  }

  public static class Base {
    public void release() {}
  }

  public static class SystemBase extends Base {
    @Override
    @SystemStack
    public void release() {}
  }

  @SuppressWarnings("SystemStackOverride")
  static class Quiet implements Runnable {
    @Override
    @SystemStack
    public void run() {}
  }

  static Runnable anonymous() {
    return new Runnable() {
      @Override
      @SystemStack
      public void run() {} // want: SystemStackOverride
    };
  }
}
