package dev.stackcheck.resolve;

import dev.stackcheck.index.FileIndex;
import java.util.HashSet;
import java.util.Set;

/**
 * Observes the resolution stage for incremental analysis: which file is being resolved, and which
 * names its resolution looked up (type names asked of the type solver, found or not; method and
 * type names looked up by the fallback). A one-shot analysis uses {@link #NONE}. Implementations
 * need not be thread-safe: resolution runs on one thread.
 */
public interface ResolutionTracker {
  /** Subsequent lookups belong to {@code file}. */
  void enter(FileIndex file);

  /**
   * The file being resolved depends on {@code key}: a qualified type name, {@code method:NAME} or
   * {@code simple:NAME} (see {@link #methodKey} and {@link #simpleTypeKey}).
   */
  void dependsOn(String key);

  /**
   * The signatures already taken, in which {@link Signatures} makes new ones unique. An
   * incremental run passes the other files' signatures here.
   */
  Set<String> signatures();

  /** The dependency key of a fallback lookup of methods by simple name. */
  static String methodKey(String name) {
    return "method:" + name;
  }

  /** The dependency key of a fallback lookup of constructors by their type's simple name. */
  static String simpleTypeKey(String simpleName) {
    return "simple:" + simpleName;
  }

  /** Tracks nothing; each call of {@link #signatures()} starts from an empty set. */
  ResolutionTracker NONE = new ResolutionTracker() {
    @Override
    public void enter(FileIndex file) {}

    @Override
    public void dependsOn(String key) {}

    @Override
    public Set<String> signatures() {
      return new HashSet<>();
    }
  };
}
