// S7.2: when a call reaches @SystemStack code only through virtual dispatch (the static target is
// not annotated, an override is), the message says the call "may dispatch to" the override. A
// call whose static target is annotated is reported as a plain call.
import dev.stackcheck.annotations.SystemStack;

class Cache {
  void flush() {}

  @SystemStack
  void clear() {}
}

class StackCache extends Cache {
  @Override
  @SystemStack
  void flush() {}

  @Override
  void clear() {}
}

class Caches {
  public static void main(String[] args) {
    Cache cache = new Cache();
    cache.flush(); // want: SystemStack "calls Cache.flush\(\), which may dispatch to @SystemStack StackCache.flush\(\)"
    cache.clear(); // want: SystemStack "calls @SystemStack Cache.clear\(\), but"
  }
}
