// S7.2: an enhanced for calls iterator() and next() (S4.1); when both may dispatch to
// @SystemStack overrides, the one report at the loop names each method with its own overrides.
import dev.stackcheck.annotations.SystemStack;
import java.util.Iterator;

class Arena implements Iterable<Long> {
  @SystemStack
  public Iterator<Long> iterator() {
    return new Cursor();
  }
}

class Heap implements Iterable<Long> {
  @SystemStack
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
  static long sum(Iterable<Long> spans) {
    long sum = 0;
    for (long span : spans) { // want: SystemStack "calls java.lang.Iterable.iterator\(\), which may dispatch to @SystemStack Arena.iterator\(\) \(and 1 more @SystemStack override\), and calls java.util.Iterator.next\(\), which may dispatch to @SystemStack Cursor.next\(\), but"
      sum += span;
    }
    return sum;
  }

  public static void main(String[] args) {
    sum(new Arena());
    sum(new Heap());
  }
}
