package api;

/** Members of a public interface are public API. */
public interface Service {
  default void start() {
    Stack.stackfree(9); // want: SystemStack path: start -> stackfree
  }
}
