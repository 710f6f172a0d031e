// S4.1: an enhanced for calls iterator(), hasNext() and next() without writing them. A
// @SystemStack iterator() of the loop's own type is called directly ("calls"), one of a subtype
// is reached by dispatch ("may dispatch to"), and so is a @SystemStack next() of an iterator the
// loop gets from a JDK-typed iterator(); a loop over an array calls nothing.
import dev.stackcheck.annotations.SystemStack;
import java.util.Iterator;
import java.util.List;

class Arena implements Iterable<Long> {
  @SystemStack
  public Iterator<Long> iterator() {
    return List.of(1L).iterator();
  }
}

class Spans implements Iterable<Long> {
  public Iterator<Long> iterator() {
    return new Cursor();
  }
}

class Cursor implements Iterator<Long> {
  public boolean hasNext() {
    return false;
  }

  @SystemStack
  public Long next() {
    return 0L;
  }
}

class Loops {
  public static void main(String[] args) {
    for (long span : new Arena()) { // want: SystemStack "calls @SystemStack Arena.iterator\(\)"
      System.out.println(span);
    }
    Iterable<Long> any = new Spans();
    for (long span : any) { // want: SystemStack "calls java.lang.Iterable.iterator\(\), which may dispatch to @SystemStack Arena.iterator\(\)"
      System.out.println(span);
    }
    for (long span : new long[] {1, 2}) {
      System.out.println(span);
    }
    for (long span : new Spans()) { // want: SystemStack "calls java.util.Iterator.next\(\), which may dispatch to @SystemStack Cursor.next\(\)"
      System.out.println(span);
    }
    systemstack(() -> {
      for (long span : new Arena()) {
        System.out.println(span);
      }
    });
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
