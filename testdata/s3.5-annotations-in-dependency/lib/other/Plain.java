package other;

public final class Plain {
  private Plain() {}

  @SystemStack
  public static void notReally() {}
}
