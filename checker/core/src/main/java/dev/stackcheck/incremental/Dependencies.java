package dev.stackcheck.incremental;

import dev.stackcheck.index.FileIndex;
import dev.stackcheck.resolve.ResolutionTracker;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each file's resolution depended on, recorded while it is resolved: every type name asked
 * of the type solver (found or not), and every name the fallback looked up. Indexed both ways, so
 * that the files depending on a changed name are found without scanning. Also owns the workspace's
 * signatures, each with the file that took it, so that a signature clash between two files (which
 * makes names depend on file order) is noticed. Not thread-safe: used on the workspace's thread.
 */
public final class Dependencies implements ResolutionTracker {
  private final Map<Path, Set<String>> keysByFile = new HashMap<>();
  private final Map<String, Set<Path>> filesByKey = new HashMap<>();
  private final Registry signatures = new Registry();
  private Path current;

  @Override
  public void enter(FileIndex file) {
    current = file == null ? null : file.path();
  }

  @Override
  public void dependsOn(String key) {
    if (current != null && keysByFile.computeIfAbsent(current, p -> new HashSet<>()).add(key)) {
      filesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(current);
    }
  }

  @Override
  public Set<String> signatures() {
    return signatures;
  }

  /** Adds keys a file still depends on (those of results kept from its earlier resolution). */
  public void add(Path file, Set<String> keys) {
    Path saved = current;
    current = file;
    keys.forEach(this::dependsOn);
    current = saved;
  }

  /** Forgets what a file depended on and the signatures it took (before it is resolved again). */
  public void forget(Path file) {
    Set<String> keys = keysByFile.remove(file);
    if (keys != null) {
      for (String key : keys) {
        Set<Path> files = filesByKey.get(key);
        files.remove(file);
        if (files.isEmpty()) {
          filesByKey.remove(key);
        }
      }
    }
    signatures.release(file);
  }

  /** Forgets everything. */
  public void clear() {
    keysByFile.clear();
    filesByKey.clear();
    signatures.clear();
  }

  /** The files whose resolution looked up one of {@code keys}, in path order. */
  public Set<Path> dependents(Collection<String> keys) {
    Set<Path> result = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    for (String key : keys) {
      result.addAll(filesByKey.getOrDefault(key, Set.of()));
    }
    return result;
  }

  /** The keys a file depends on (for tests and diagnostics). */
  public Set<String> keysOf(Path file) {
    return Set.copyOf(keysByFile.getOrDefault(file, Set.of()));
  }

  /** True once two files have asked for the same signature. Their names then depend on file order. */
  public boolean signatureClash() {
    return signatures.clash;
  }

  /** Signatures with the file that took each; adding one another file owns records a clash. */
  private final class Registry extends AbstractSet<String> {
    private final Map<String, Path> owners = new HashMap<>();
    private final Map<Path, List<String>> owned = new HashMap<>();
    private boolean clash;

    @Override
    public boolean add(String signature) {
      Path owner = owners.get(signature);
      if (owner != null) {
        if (!owner.equals(current)) {
          clash = true;
        }
        return false;
      }
      owners.put(signature, current);
      owned.computeIfAbsent(current, p -> new ArrayList<>()).add(signature);
      return true;
    }

    @Override
    public boolean contains(Object signature) {
      return owners.containsKey(signature);
    }

    @Override
    public Iterator<String> iterator() {
      return owners.keySet().iterator();
    }

    @Override
    public int size() {
      return owners.size();
    }

    @Override
    public void clear() {
      owners.clear();
      owned.clear();
      clash = false;
    }

    void release(Path file) {
      List<String> mine = owned.remove(file);
      if (mine != null) {
        mine.forEach(owners::remove);
      }
    }
  }
}
