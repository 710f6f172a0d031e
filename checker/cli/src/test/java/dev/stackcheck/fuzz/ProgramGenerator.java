package dev.stackcheck.fuzz;

import dev.stackcheck.fuzz.RefGraph.Body;
import dev.stackcheck.fuzz.RefGraph.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a valid Java program with a random call graph, written so that the generator knows
 * every body, edge and call-site position it creates: static calls, {@code @SystemStack} on
 * methods and classes, trampolines of every kind (default name, {@code @Trampoline}, a
 * {@code @SystemStack} parameter, one named in configuration, and a plain method that is none)
 * receiving lambdas, method references and anonymous classes (directly, through a cast, a
 * conditional or an effectively final local), deferred bodies that are not passed to trampolines,
 * virtual calls dispatching to {@code @SystemStack} implementations, {@code main} methods, static
 * initializers, and both suppression forms. Deterministic for a given {@link Random}.
 */
final class ProgramGenerator {
  /** The options that change what is a trampoline or a root; shared by every program of a batch. */
  record Options(boolean defaultTrampolines, boolean configuredTrampoline, boolean onlyResolvable) {
    Options(boolean defaultTrampolines, boolean configuredTrampoline) {
      this(defaultTrampolines, configuredTrampoline, false);
    }
  }

  /** A generated program: source files by path relative to the source root, and its graph. */
  record Program(String pkg, Map<String, String> files, RefGraph graph) {
    String configuredTrampoline() {
      return pkg + ".Tramp#viaConfig";
    }
  }

  private static final String[] TRAMPOLINES = {"systemstack", "onSystem", "viaConfig", "plain"};
  private static final String[] REASONS = {
    "runs only during startup, before any user thread", "checked by hand: caller holds the world stopped", "legacy path"
  };

  private final Random random;
  private final String pkg;
  /** Distinguishes the programs of one batch: the last segment of the package. */
  private final String tag;
  private final String op;
  private final Options options;
  private final RefGraph graph = new RefGraph();
  private final Map<String, String> files = new LinkedHashMap<>();

  /** Methods callable as {@code Cj.mK()}, with the text that names them. */
  private final List<Body> methods = new ArrayList<>();
  private final List<String> methodNames = new ArrayList<>();
  private Body interfaceMethod;
  private final List<Body> implementations = new ArrayList<>();

  private String file;
  private int locals;

  private ProgramGenerator(Random random, String pkg, Options options) {
    this.random = random;
    this.pkg = pkg;
    this.tag = pkg.substring(pkg.lastIndexOf('.') + 1);
    this.op = "op_" + tag;
    this.options = options;
  }

  static Program generate(Random random, String pkg, Options options) {
    ProgramGenerator generator = new ProgramGenerator(random, pkg, options);
    generator.build();
    return new Program(pkg, generator.files, generator.graph);
  }

  // ---- declarations ----

  private record MethodPlan(Body body, String name, boolean systemStack, boolean suppressed, boolean isPublic, boolean main) {}

  private record ClassPlan(
      String name, boolean systemStack, boolean isPublic, List<MethodPlan> methods, Body staticInit, Body mainBody) {}

  private void build() {
    List<ClassPlan> classes = new ArrayList<>();
    int classCount = 2 + random.nextInt(4);
    boolean mainPlaced = false;
    for (int c = 0; c < classCount; c++) {
      String className = "C" + c;
      boolean classSystemStack = chance(0.12);
      boolean classPublic = chance(0.3);
      List<MethodPlan> plans = new ArrayList<>();
      int methodCount = 1 + random.nextInt(4);
      for (int m = 0; m < methodCount; m++) {
        boolean systemStack = classSystemStack || chance(0.2);
        boolean isPublic = classPublic && chance(0.5);
        // Names are unique across the programs of a batch, so that the engine's fallback for an
        // unresolved call (by simple name) stays inside one program.
        String simpleName = "m" + m + "_" + tag;
        String name = className + "." + simpleName;
        Body body = graph.add(pkg + "." + name + "()", simpleName, Kind.METHOD, systemStack, false, isPublic, false);
        methods.add(body);
        methodNames.add(name);
        plans.add(new MethodPlan(body, simpleName, systemStack, chance(0.08), isPublic, false));
      }
      Body staticInit = chance(0.1) ? graph.add(pkg + "." + className + ".<clinit>", "<clinit>", Kind.STATIC_INIT, false, false, false, false) : null;
      Body mainBody = null;
      if (!mainPlaced && chance(0.4)) {
        mainPlaced = true;
        mainBody = graph.add(pkg + "." + className + ".main()", "main", Kind.METHOD, classSystemStack, true, classPublic, false);
      }
      classes.add(new ClassPlan(className, classSystemStack, classPublic, plans, staticInit, mainBody));
    }
    boolean withInterface = chance(0.5);
    boolean interfaceSystemStack = chance(0.3);
    List<Boolean> implementationSystemStack = new ArrayList<>();
    if (withInterface) {
      interfaceMethod = graph.add(pkg + ".Op." + op + "()", op, Kind.METHOD, interfaceSystemStack, false, false, false);
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        boolean declared = chance(0.3);
        implementationSystemStack.add(declared);
        implementations.add(
            graph.add(pkg + ".I" + i + "." + op + "()", op, Kind.METHOD, declared || interfaceSystemStack, false, false, false));
      }
    }

    writeTramp();
    for (ClassPlan plan : classes) {
      writeClass(plan);
    }
    if (withInterface) {
      CodeWriter w = header("Op");
      w.write("interface Op {\n");
      w.write(interfaceSystemStack ? "  @SystemStack\n" : "").write("  void " + op + "();\n}\n");
      files.put(path("Op"), w.toString());
      w = header("Ops");
      w.write("final class Ops {\n  static Op SLOT;\n}\n");
      files.put(path("Ops"), w.toString());
      for (int i = 0; i < implementations.size(); i++) {
        w = header("I" + i);
        w.write("final class I" + i + " implements Op {\n  @Override\n");
        if (implementationSystemStack.get(i)) {
          w.write("  @SystemStack\n");
        }
        w.write("  public void " + op + "() {\n");
        statements(w, implementations.get(i), null, 2, 0);
        w.write("  }\n}\n");
        files.put(path("I" + i), w.toString());
      }
    }
  }

  private void writeTramp() {
    CodeWriter w = header("Tramp");
    w.write("final class Tramp {\n");
    w.write("  static boolean FLAG;\n");
    w.write("  static void systemstack(Runnable fn) { fn.run(); }\n");
    w.write("  @Trampoline static void onSystem(Runnable fn) { fn.run(); }\n");
    w.write("  static void withParam(@SystemStack Runnable fn, Runnable other) { fn.run(); other.run(); }\n");
    w.write("  static void viaConfig(Runnable fn) { fn.run(); }\n");
    w.write("  static void plain(Runnable fn) { fn.run(); }\n");
    w.write("}\n");
    files.put(path("Tramp"), w.toString());
  }

  private void writeClass(ClassPlan plan) {
    CodeWriter w = header(plan.name());
    if (plan.systemStack()) {
      w.write("@SystemStack\n");
    }
    w.write(plan.isPublic() ? "public " : "").write("final class " + plan.name() + " {\n");
    if (plan.staticInit() != null) {
      w.write("  static {\n");
      statements(w, plan.staticInit(), null, 2, 0);
      w.write("  }\n");
    }
    if (plan.mainBody() != null) {
      w.write("  public static void main(String[] args) {\n");
      statements(w, plan.mainBody(), null, 2, 0);
      w.write("  }\n");
    }
    for (MethodPlan method : plan.methods()) {
      RefGraph.AnnotationSuppression suppression = null;
      if (method.suppressed()) {
        w.write("  ");
        suppression = new RefGraph.AnnotationSuppression(file, w.line(), w.column());
        graph.annotations.add(suppression);
        w.write("@SuppressWarnings(\"SystemStack\")\n");
      }
      if (method.systemStack() && !plan.systemStack()) {
        w.write("  @SystemStack\n");
      }
      w.write("  ").write(method.isPublic() ? "public " : "").write("static void " + method.name() + "() {\n");
      statements(w, method.body(), suppression, 2, 0);
      w.write("  }\n");
    }
    w.write("}\n");
    files.put(path(plan.name()), w.toString());
  }

  private CodeWriter header(String type) {
    file = path(type);
    CodeWriter w = new CodeWriter();
    w.write("package " + pkg + ";\n\n");
    w.write("import dev.stackcheck.annotations.SystemStack;\n");
    w.write("import dev.stackcheck.annotations.Trampoline;\n\n");
    return w;
  }

  private String path(String type) {
    return pkg.replace('.', '/') + "/" + type + ".java";
  }

  // ---- statements ----

  /** Zero to four statements of {@code owner}; deferred bodies nest up to depth 2. */
  private void statements(CodeWriter w, Body owner, RefGraph.AnnotationSuppression enclosing, int indent, int depth) {
    int count = random.nextInt(depth == 0 ? 5 : 3);
    for (int i = 0; i < count; i++) {
      boolean commentBefore = chance(0.03);
      if (commentBefore) {
        w.indent(indent);
        ignoreComment(w, true);
        w.write("\n");
      }
      w.indent(indent);
      statement(w, owner, enclosing, indent, depth);
      if (!commentBefore && chance(0.05)) {
        w.write(" ");
        ignoreComment(w, false);
      }
      w.write("\n");
    }
  }

  private void ignoreComment(CodeWriter w, boolean alone) {
    boolean reason = !chance(0.2);
    graph.comments.add(new RefGraph.CommentSuppression(file, w.line(), w.column(), reason, alone));
    w.write("// stackcheck:ignore");
    if (reason) {
      w.write(" " + REASONS[random.nextInt(REASONS.length)]);
    }
  }

  private void statement(CodeWriter w, Body owner, RefGraph.AnnotationSuppression enclosing, int indent, int depth) {
    int kind = random.nextInt(depth >= 2 ? 3 : 12);
    switch (kind) {
      case 0, 1 -> {
        call(w, owner, enclosing);
        w.write(";");
      }
      case 2 -> {
        if (interfaceMethod != null) {
          w.write("Ops.SLOT.");
          RefGraph.Site site = site(w, owner, enclosing);
          w.write(op + "();");
          graph.edge(owner, interfaceMethod, false, false, site);
          for (Body implementation : implementations) {
            graph.edge(owner, implementation, false, true, site);
          }
        } else {
          call(w, owner, enclosing);
          w.write(";");
        }
      }
      case 3, 4 -> {
        String trampoline = TRAMPOLINES[random.nextInt(TRAMPOLINES.length)];
        w.write("Tramp." + trampoline + "(");
        deferred(w, owner, enclosing, isTrampoline(trampoline), indent, depth);
        w.write(");");
      }
      case 5 -> {
        if (options.onlyResolvable()) {
          // JavaParser cannot type a lambda or method reference inside a cast or a conditional,
          // so the engine connects such calls by name (its documented fallback).
          call(w, owner, enclosing);
          w.write(";");
          return;
        }
        String trampoline = TRAMPOLINES[random.nextInt(TRAMPOLINES.length)];
        boolean runs = isTrampoline(trampoline);
        w.write("Tramp." + trampoline + "(");
        if (chance(0.5)) {
          w.write("(Runnable) (");
          deferred(w, owner, enclosing, runs, indent, depth);
          w.write(")");
        } else {
          w.write("Tramp.FLAG ? ");
          deferred(w, owner, enclosing, runs, indent, depth);
          w.write(" : ");
          deferred(w, owner, enclosing, runs, indent, depth);
        }
        w.write(");");
      }
      case 6 -> {
        w.write("Tramp.withParam(");
        deferred(w, owner, enclosing, true, indent, depth);
        w.write(", ");
        deferred(w, owner, enclosing, false, indent, depth);
        w.write(");");
      }
      case 7, 8 -> {
        w.write("Runnable r" + (locals++) + " = ");
        deferred(w, owner, enclosing, false, indent, depth);
        w.write(";");
      }
      case 9 -> {
        // S4.6: a local passed to a trampoline counts as passing its deferred body; any other
        // use adds the ordinary edge as well.
        String trampoline = TRAMPOLINES[random.nextInt(TRAMPOLINES.length)];
        String local = "r" + (locals++);
        boolean otherUse = chance(0.4);
        boolean runs = isTrampoline(trampoline);
        w.write("Runnable " + local + " = ");
        deferredBoth(w, owner, enclosing, runs, !runs || otherUse, indent, depth);
        w.write("; Tramp." + trampoline + "(" + local + ");");
        if (otherUse) {
          w.write(" " + local + ".run();");
        }
      }
      default -> {
        call(w, owner, enclosing);
        w.write(";");
      }
    }
  }

  private boolean isTrampoline(String name) {
    return switch (name) {
      case "systemstack" -> options.defaultTrampolines();
      case "onSystem" -> true;
      case "viaConfig" -> options.configuredTrampoline();
      default -> false;
    };
  }

  private void call(CodeWriter w, Body owner, RefGraph.AnnotationSuppression enclosing) {
    int target = random.nextInt(methods.size());
    String name = methodNames.get(target);
    int dot = name.indexOf('.');
    w.write(name.substring(0, dot + 1));
    RefGraph.Site site = site(w, owner, enclosing);
    w.write(name.substring(dot + 1) + "()");
    graph.edge(owner, methods.get(target), false, false, site);
  }

  /** A lambda, method reference or anonymous class whose body runs on the system stack or where {@code owner} runs. */
  private void deferred(
      CodeWriter w, Body owner, RefGraph.AnnotationSuppression enclosing, boolean trampoline, int indent, int depth) {
    deferredBoth(w, owner, enclosing, trampoline, !trampoline, indent, depth);
  }

  private void deferredBoth(
      CodeWriter w,
      Body owner,
      RefGraph.AnnotationSuppression enclosing,
      boolean trampoline,
      boolean ordinary,
      int indent,
      int depth) {
    int form = random.nextInt(3);
    if (form == 0) {
      int target = random.nextInt(methods.size());
      RefGraph.Site site = site(w, owner, enclosing);
      w.write(methodNames.get(target).replace(".", "::"));
      edges(owner, methods.get(target), trampoline, ordinary, site);
      return;
    }
    RefGraph.Site site = site(w, owner, enclosing);
    if (form == 1) {
      Body lambda = graph.add(owner.name + "$lambda", "lambda", Kind.LAMBDA, false, false, false, false);
      edges(owner, lambda, trampoline, ordinary, site);
      w.write("() -> {\n");
      statements(w, lambda, enclosing, indent + 1, depth + 1);
      w.indent(indent).write("}");
    } else {
      Body run = graph.add(owner.name + "$anonymous.run()", "run", Kind.ANONYMOUS_METHOD, false, false, false, true);
      edges(owner, run, trampoline, ordinary, site);
      w.write("new Runnable() {\n");
      w.indent(indent + 1).write("@Override\n");
      w.indent(indent + 1).write("public void run() {\n");
      statements(w, run, enclosing, indent + 2, depth + 1);
      w.indent(indent + 1).write("}\n");
      w.indent(indent).write("}");
    }
  }

  private void edges(Body owner, Body target, boolean trampoline, boolean ordinary, RefGraph.Site site) {
    if (trampoline) {
      graph.edge(owner, target, true, false, site);
    }
    if (ordinary) {
      graph.edge(owner, target, false, false, site);
    }
  }

  private RefGraph.Site site(CodeWriter w, Body owner, RefGraph.AnnotationSuppression enclosing) {
    return new RefGraph.Site(file, w.line(), w.column(), owner, enclosing);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }
}
