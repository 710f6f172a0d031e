package vendor;

/** A library that knows nothing about stackcheck. */
public final class Executor {
  private Executor() {}

  public static void onSystemStack(Runnable fn) {
    fn.run();
  }

  public static void onUserStack(Runnable fn) {
    fn.run();
  }
}
