package dev.stackcheck.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values by key, each key's values in the order of their files' paths and, within a file, in the
 * order they were added: the order a run over the files in path order gives, kept while files are
 * replaced one by one. Adding in file order (as a one-shot run does) appends. Not thread-safe.
 */
final class ByFile<T> {
  /** One key's values, and beside each the path of its file. */
  private static final class Values<T> {
    final List<T> values = new ArrayList<>(2);
    final List<String> files = new ArrayList<>(2);
  }

  private final Map<String, Values<T>> byKey = new HashMap<>();

  /** Adds a value after every value of its key whose file sorts before or with its own. */
  void add(String key, Path file, T value) {
    Values<T> list = byKey.computeIfAbsent(key, k -> new Values<>());
    String path = file.toString();
    int at = list.files.size();
    while (at > 0 && list.files.get(at - 1).compareTo(path) > 0) {
      at--;
    }
    list.values.add(at, value);
    list.files.add(at, path);
  }

  /** Removes a value (the same object). */
  void remove(String key, T value) {
    Values<T> list = byKey.get(key);
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.values.size(); i++) {
      if (list.values.get(i) == value) {
        list.values.remove(i);
        list.files.remove(i);
        break;
      }
    }
    if (list.values.isEmpty()) {
      byKey.remove(key);
    }
  }

  /** A key's values, in order; the caller must not change them. */
  List<T> get(String key) {
    Values<T> list = byKey.get(key);
    return list == null ? List.of() : list.values;
  }

  /** The first value of a key, or null. */
  T first(String key) {
    Values<T> list = byKey.get(key);
    return list == null ? null : list.values.get(0);
  }

  java.util.Set<String> keys() {
    return byKey.keySet();
  }
}
