package dev.stackcheck.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds classes and interfaces of the sources that extend or implement themselves through a cycle
 * ({@code class A extends B}, {@code class B extends A}). javac rejects them; the symbol solver
 * follows such a cycle until its stack overflows, which on the analysis thread's large stack takes
 * minutes per call. Files declaring such types are reported and left out. Supertypes are matched
 * by name only where the match is certain (a qualified name, a single-type import, an enclosing
 * type's member, or the same package), so no cycle is reported that javac would not report.
 * Stateless.
 */
public final class CyclicInheritance {
  /** Errors at each type of a cycle, and the files to leave out. */
  public record Result(List<InputError> errors, Set<Path> excluded) {}

  private record Type(String name, TypeDeclaration<?> declaration, Path file, List<String> supertypes) {}

  private CyclicInheritance() {}

  public static Result find(List<ParsedFile> files) {
    Map<String, Type> types = new LinkedHashMap<>();
    // Lists, not maps keyed by syntax nodes: a node's hash code hashes its whole subtree.
    List<Map.Entry<CompilationUnit, List<Map.Entry<TypeDeclaration<?>, String>>>> declared = new ArrayList<>();
    for (ParsedFile file : files) {
      if (file.ok()) {
        List<Map.Entry<TypeDeclaration<?>, String>> names = new ArrayList<>();
        collect(file, types, names);
        declared.add(Map.entry(file.unit(), names));
      }
    }
    Map<String, List<String>> edges = new HashMap<>();
    for (Map.Entry<CompilationUnit, List<Map.Entry<TypeDeclaration<?>, String>>> file : declared) {
      link(file.getKey(), file.getValue(), types, edges);
    }
    Set<String> cyclic = cyclicTypes(types.keySet(), edges);
    List<InputError> errors = new ArrayList<>();
    Set<Path> excluded = new TreeSet<>();
    for (String name : cyclic) {
      Type type = types.get(name);
      Location at = new Location(
          type.file(),
          type.declaration().getName().getBegin().map(p -> p.line).orElse(1),
          type.declaration().getName().getBegin().map(p -> p.column).orElse(1));
      errors.add(new InputError(at, "cyclic inheritance involving " + name + "; the file is not analyzed"));
      excluded.add(type.file());
    }
    errors.sort(null);
    return new Result(errors, excluded);
  }

  /**
   * What {@link #find} reads from one file: its package, imports and declared types with the
   * supertypes they name. While no file's inputs change (and no file is added or removed), the
   * cycles stay the same.
   */
  public static String inputs(CompilationUnit unit) {
    StringBuilder text = new StringBuilder();
    unit.getPackageDeclaration().ifPresent(p -> text.append(p.getNameAsString()));
    for (ImportDeclaration declaration : unit.getImports()) {
      text.append('\n').append(declaration.isStatic()).append(declaration.isAsterisk()).append(declaration.getNameAsString());
    }
    Deque<Map.Entry<TypeDeclaration<?>, String>> work = new ArrayDeque<>();
    unit.getTypes().forEach(top -> work.push(Map.entry(top, top.getNameAsString())));
    while (!work.isEmpty()) {
      Map.Entry<TypeDeclaration<?>, String> type = work.pop();
      text.append('\n').append(type.getValue()).append(':');
      for (ClassOrInterfaceType supertype : supertypes(type.getKey())) {
        text.append(' ').append(supertype.getNameWithScope());
      }
      for (Node member : type.getKey().getMembers()) {
        if (member instanceof TypeDeclaration<?> nested) {
          work.push(Map.entry(nested, type.getValue() + "." + nested.getNameAsString()));
        }
      }
    }
    return text.toString();
  }

  private static void collect(ParsedFile file, Map<String, Type> types, List<Map.Entry<TypeDeclaration<?>, String>> names) {
    String pkg = file.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    Deque<Object[]> work = new ArrayDeque<>();
    for (TypeDeclaration<?> top : file.unit().getTypes()) {
      work.push(new Object[] {top, pkg.isEmpty() ? top.getNameAsString() : pkg + "." + top.getNameAsString()});
    }
    while (!work.isEmpty()) {
      Object[] item = work.pop();
      TypeDeclaration<?> declaration = (TypeDeclaration<?>) item[0];
      String name = (String) item[1];
      types.putIfAbsent(name, new Type(name, declaration, file.path(), new ArrayList<>()));
      names.add(Map.entry(declaration, name));
      for (Node member : declaration.getMembers()) {
        if (member instanceof TypeDeclaration<?> nested) {
          work.push(new Object[] {nested, name + "." + nested.getNameAsString()});
        }
      }
    }
  }

  private static void link(
      CompilationUnit unit,
      List<Map.Entry<TypeDeclaration<?>, String>> names,
      Map<String, Type> types,
      Map<String, List<String>> edges) {
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    Map<String, String> imported = new HashMap<>();
    for (ImportDeclaration declaration : unit.getImports()) {
      if (!declaration.isAsterisk() && !declaration.isStatic()) {
        imported.put(declaration.getName().getIdentifier(), declaration.getNameAsString());
      }
    }
    for (Map.Entry<TypeDeclaration<?>, String> entry : names) {
      for (ClassOrInterfaceType supertype : supertypes(entry.getKey())) {
        String target = resolve(supertype.getNameWithScope(), entry.getValue(), pkg, imported, types);
        if (target != null) {
          edges.computeIfAbsent(entry.getValue(), k -> new ArrayList<>()).add(target);
        }
      }
    }
  }

  private static List<ClassOrInterfaceType> supertypes(TypeDeclaration<?> declaration) {
    List<ClassOrInterfaceType> supertypes = new ArrayList<>();
    if (declaration instanceof ClassOrInterfaceDeclaration type) {
      supertypes.addAll(type.getExtendedTypes());
      supertypes.addAll(type.getImplementedTypes());
    } else if (declaration instanceof EnumDeclaration type) {
      supertypes.addAll(type.getImplementedTypes());
    } else if (declaration instanceof RecordDeclaration type) {
      supertypes.addAll(type.getImplementedTypes());
    }
    return supertypes;
  }

  /** The source type a written supertype name certainly denotes, or null. */
  private static String resolve(
      String written, String declaringType, String pkg, Map<String, String> imported, Map<String, Type> types) {
    String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
    String rest = written.substring(first.length());
    // Members of enclosing types, innermost first (the declaring type's own members are not in
    // scope in its extends clause, so start at its outer type).
    for (String outer = outer(declaringType); outer != null; outer = outer(outer)) {
      if (types.containsKey(outer + "." + first)) {
        return existing(outer + "." + first + rest, types);
      }
    }
    if (imported.containsKey(first)) {
      return existing(imported.get(first) + rest, types);
    }
    String samePackage = pkg.isEmpty() ? written : pkg + "." + written;
    if (types.containsKey(samePackage)) {
      return samePackage;
    }
    return written.contains(".") ? existing(written, types) : null;
  }

  private static String existing(String name, Map<String, Type> types) {
    return types.containsKey(name) ? name : null;
  }

  private static String outer(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : name.substring(0, dot);
  }

  /** Types on a cycle of the supertype graph, by Tarjan's algorithm with an explicit stack. */
  private static Set<String> cyclicTypes(Set<String> all, Map<String, List<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new java.util.HashSet<>();
    Set<String> cyclic = new TreeSet<>();
    int counter = 0;
    for (String start : all) {
      if (index.containsKey(start)) {
        continue;
      }
      Deque<Object[]> frames = new ArrayDeque<>();
      frames.push(new Object[] {start, 0});
      index.put(start, counter);
      low.put(start, counter++);
      stack.push(start);
      onStack.add(start);
      while (!frames.isEmpty()) {
        Object[] frame = frames.peek();
        String node = (String) frame[0];
        List<String> next = edges.getOrDefault(node, List.of());
        int position = (Integer) frame[1];
        if (position < next.size()) {
          frame[1] = position + 1;
          String target = next.get(position);
          if (!index.containsKey(target)) {
            index.put(target, counter);
            low.put(target, counter++);
            stack.push(target);
            onStack.add(target);
            frames.push(new Object[] {target, 0});
          } else if (onStack.contains(target)) {
            low.put(node, Math.min(low.get(node), index.get(target)));
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          String parent = (String) frames.peek()[0];
          low.put(parent, Math.min(low.get(parent), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          List<String> component = new ArrayList<>();
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          if (component.size() > 1 || edges.getOrDefault(node, List.of()).contains(node)) {
            cyclic.addAll(component);
          }
        }
      }
    }
    return cyclic;
  }
}
