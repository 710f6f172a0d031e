package dev.stackcheck.resolve;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typeinference.TypeInferenceCache;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Releases what the symbol solver caches outside our own objects, for a workspace that lives
 * longer than one analysis. JavaParser 3.28 caches the type of every expression it resolves as
 * data on the tree node itself (two private keys of {@link JavaParserFacade}), keeps one facade
 * per root solver in a static map that never lets go, and records lambda inference per solver in
 * the static {@link TypeInferenceCache}. The keys and maps are private, so they are found by
 * reflection once; if a JavaParser version renames them, the node caches are left alone and
 * incremental results may go stale, which the incremental equivalence test would show.
 * Thread-safe.
 */
public final class SolverCaches {
  private static final List<DataKey<?>> NODE_KEYS = nodeKeys();

  private SolverCaches() {}

  /** Drops the cached types on every node of a tree, so it is resolved from scratch again. */
  public static void clearTypes(Node root) {
    if (NODE_KEYS.isEmpty()) {
      return;
    }
    root.walk(
        node -> {
          for (DataKey<?> key : NODE_KEYS) {
            if (node.containsData(key)) {
              node.removeData(key);
            }
          }
        });
  }

  /** Forgets the facades of every solver and the lambda inference records of {@code solver}. */
  public static void release(TypeSolver solver) {
    // The facade's get() locks the class but clearInstances() does not: lock it too, so that
    // concurrent analyses (a parallel Maven build) never clear the map while another reads it.
    synchronized (JavaParserFacade.class) {
      JavaParserFacade.clearInstances();
    }
    for (String name : List.of("typeForLambdaParameters", "inferenceVariables")) {
      Object map = staticField(TypeInferenceCache.class, name);
      if (map instanceof Map<?, ?> records) {
        synchronized (TypeInferenceCache.class) {
          records.remove(solver);
        }
      }
    }
  }

  private static List<DataKey<?>> nodeKeys() {
    List<DataKey<?>> keys = new ArrayList<>();
    for (String name : List.of("TYPE_WITH_LAMBDAS_RESOLVED", "TYPE_WITHOUT_LAMBDAS_RESOLVED")) {
      if (staticField(JavaParserFacade.class, name) instanceof DataKey<?> key) {
        keys.add(key);
      }
    }
    return List.copyOf(keys);
  }

  private static Object staticField(Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
