// Java construct (Java 21): switch expressions with type patterns, guards and record patterns,
// instanceof patterns, sealed types and text blocks. Calls inside every branch are found. // javac: skip
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static double stackalloc(double size) {
    return size;
  }

  @SystemStack
  static void stackfree(long n) {}
}

sealed interface Shape permits Circle, Square {}

record Circle(double radius) implements Shape {}

record Square(double side) implements Shape {}

class Shapes {
  static double area(Shape shape) {
    return switch (shape) {
      case Circle c when c.radius() > 10 -> Stack.stackalloc(c.radius()); // want: SystemStack path: main -> area -> stackalloc
      case Circle c -> c.radius() * c.radius() * Math.PI;
      case Square(double side) -> {
        Stack.stackfree(1); // want: SystemStack
        yield side * side;
      }
    };
  }

  static String describe(Object value) {
    if (value instanceof Circle(double radius) && radius > 0) {
      Stack.stackfree(2); // want: SystemStack
    }
    String text = """
        shape
        """;
    return switch (value) {
      case Square s -> {
        systemstack(() -> Stack.stackfree(3));
        yield text;
      }
      default -> text;
    };
  }

  public static void main(String[] args) {
    area(new Circle(1));
    describe(new Square(2));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
