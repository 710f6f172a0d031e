// S3.1: @SystemStack on a record applies to its implicit members too: the canonical constructor
// and the accessors that the compiler writes are @SystemStack, like those written out. An
// accessor written out is an ordinary method of the record (here also @SystemStack).
import dev.stackcheck.annotations.SystemStack;

@SystemStack
record Span(long base, long size) {
  public long size() {
    return size;
  }

  Span grow() {
    return new Span(base(), size + 8);
  }
}

record Plain(long x) {}

class Records {
  public static void main(String[] args) {
    Span span = new Span(1, 2); // want: SystemStack "creates an object with @SystemStack Span.Span\(long, long\)"
    span.base(); // want: SystemStack "calls @SystemStack Span.base\(\)"
    span.size(); // want: SystemStack "calls @SystemStack Span.size\(\)"
    new Plain(3).x();
    systemstack(() -> new Span(4, 5).base());
    systemstack(() -> span.grow());
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
