package dev.stackcheck.golden;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded random edits of a small Java project, each the kind a developer makes between two saves:
 * toggle {@code @SystemStack} or {@code @Trampoline} on a method, add or remove a call, run a call
 * through a trampoline or stop doing so, add or remove a method or a file, edit inside a body
 * only, or leave a file with a syntax error (repaired by a later edit). Edits work on the parsed
 * tree and print it again, so the result is valid Java unless the edit means otherwise.
 */
final class RandomEdits {
  /** One edit: the file and its new text ({@code null}: the file is deleted). */
  record Edit(String description, Path file, String text) {}

  private static final String SYSTEM_STACK = "dev.stackcheck.annotations.SystemStack";
  private static final String TRAMPOLINE = "dev.stackcheck.annotations.Trampoline";
  private static final String SYNTAX_ERROR = "syntax error in ";

  private final Random random;
  private final Path root;
  private final JavaParser parser;
  /** The current text of every file, by path. */
  private final Map<Path, String> files = new TreeMap<>();
  /** Files left with a syntax error: their last text that parsed. */
  private final Map<Path, String> broken = new TreeMap<>();
  private int counter;

  RandomEdits(long seed, Path root) throws java.io.IOException {
    this.random = new Random(seed);
    this.root = root;
    ParserConfiguration configuration = new ParserConfiguration();
    configuration.setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21);
    this.parser = new JavaParser(configuration);
    try (var walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files.put(file, Files.readString(file));
      }
    }
  }

  /** The next edit, already applied to this model (not to disk). */
  Edit next() {
    for (int attempt = 0; attempt < 50; attempt++) {
      Edit edit =
          switch (random.nextInt(12)) {
            case 0 -> toggleAnnotation(SYSTEM_STACK, "@SystemStack");
            case 1 -> toggleAnnotation(TRAMPOLINE, "@Trampoline");
            case 2, 3 -> addCall();
            case 4 -> removeCall();
            case 5 -> toggleTrampolineCall();
            case 6 -> addMethod();
            case 7 -> removeMethod();
            case 8 -> addFile();
            case 9 -> removeFile();
            case 10 -> bodyOnly();
            default -> breakFile();
          };
      if (edit != null) {
        if (edit.text() == null) {
          files.remove(edit.file());
          broken.remove(edit.file());
        } else {
          if (edit.description().startsWith(SYNTAX_ERROR)) {
            broken.put(edit.file(), files.get(edit.file()));
          } else {
            broken.remove(edit.file());
          }
          files.put(edit.file(), edit.text());
        }
        return edit;
      }
    }
    throw new IllegalStateException("no applicable edit");
  }

  // ---- edits ----

  private Edit toggleAnnotation(String qualified, String label) {
    Parsed file = anyFile();
    MethodDeclaration method = file == null ? null : pick(file.unit().findAll(MethodDeclaration.class));
    if (method == null) {
      return null;
    }
    AnnotationExpr existing =
        method.getAnnotations().stream()
            .filter(a -> a.getNameAsString().equals(qualified) || qualified.endsWith("." + a.getNameAsString()))
            .findFirst()
            .orElse(null);
    String what;
    if (existing != null) {
      existing.remove();
      what = "remove " + label + " from ";
    } else {
      method.addAnnotation(new MarkerAnnotationExpr(qualified));
      what = "add " + label + " to ";
    }
    return file.edit(what + method.getNameAsString());
  }

  private Edit addCall() {
    Parsed file = anyFile();
    BlockStmt body = file == null ? null : pick(bodies(file.unit()));
    Expression call = callOfSomeMethod();
    if (body == null || call == null) {
      return null;
    }
    body.addStatement(random.nextInt(body.getStatements().size() + 1), new ExpressionStmt(call));
    return file.edit("add call " + call);
  }

  private Edit removeCall() {
    Parsed file = anyFile();
    ExpressionStmt statement = file == null ? null : pick(callStatements(file.unit()));
    if (statement == null) {
      return null;
    }
    String text = statement.toString();
    statement.remove();
    return file.edit("remove call " + text);
  }

  private Edit toggleTrampolineCall() {
    Parsed file = anyFile();
    ExpressionStmt statement = file == null ? null : pick(callStatements(file.unit()));
    if (statement == null) {
      return null;
    }
    MethodCallExpr call = statement.getExpression().asMethodCallExpr();
    if (call.getNameAsString().equals("systemstack")
        && call.getArguments().size() == 1
        && call.getArgument(0) instanceof LambdaExpr lambda
        && lambda.getBody() instanceof ExpressionStmt inner) {
      statement.setExpression(inner.getExpression());
      return file.edit("stop running through systemstack: " + inner);
    }
    String trampoline = trampolineType();
    if (trampoline == null) {
      return null;
    }
    statement.setExpression(
        parser.parseExpression(trampoline + ".systemstack(() -> " + call + ")").getResult().orElseThrow());
    return file.edit("run through systemstack: " + call);
  }

  private Edit addMethod() {
    Parsed file = anyFile();
    ClassOrInterfaceDeclaration type =
        file == null ? null : pick(file.unit().findAll(ClassOrInterfaceDeclaration.class, c -> !c.isInterface() && !c.isLocalClassDeclaration()));
    Expression call = callOfSomeMethod();
    if (type == null) {
      return null;
    }
    MethodDeclaration method = type.addMethod("added" + (++counter), Modifier.Keyword.STATIC);
    method.setBody(call == null ? new BlockStmt() : new BlockStmt(new NodeList<>(new ExpressionStmt(call))));
    return file.edit("add method " + type.getNameAsString() + ".added" + counter + " calling " + call);
  }

  private Edit removeMethod() {
    Parsed file = anyFile();
    MethodDeclaration method = file == null ? null : pick(file.unit().findAll(MethodDeclaration.class));
    if (method == null) {
      return null;
    }
    method.remove();
    return file.edit("remove method " + method.getDeclarationAsString(false, false, false));
  }

  private Edit addFile() {
    Parsed model = anyFile();
    Expression call = callOfSomeMethod();
    // Next to a parsed file, in its package; in a case with none, at the case's root.
    String pkg = model == null ? "" : model.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    String name = "Added" + (++counter);
    Path file = model == null ? root.resolve(name + ".java") : model.path().resolveSibling(name + ".java");
    String text =
        (pkg.isEmpty() ? "" : "package " + pkg + ";\n\n")
            + "final class " + name + " {\n  static void run() {\n    " + (call == null ? "" : call + ";") + "\n  }\n}\n";
    return new Edit("add file " + name + " calling " + call, file, text);
  }

  private Edit removeFile() {
    if (files.size() <= 2) {
      return null;
    }
    Path file = pick(new ArrayList<>(files.keySet()));
    return new Edit("remove file " + root.relativize(file), file, null);
  }

  private Edit bodyOnly() {
    Parsed file = anyFile();
    BlockStmt body = file == null ? null : pick(bodies(file.unit()));
    if (body == null) {
      return null;
    }
    body.addStatement(0, parser.parseStatement("int local" + (++counter) + " = " + counter + ";").getResult().orElseThrow());
    return file.edit("edit inside a body");
  }

  private Edit breakFile() {
    Path file = pick(new ArrayList<>(files.keySet()));
    if (broken.containsKey(file)) {
      return null;
    }
    String text = files.get(file);
    int brace = text.lastIndexOf('}');
    if (brace < 0) {
      return null;
    }
    return new Edit(SYNTAX_ERROR + root.relativize(file), file, text.substring(0, brace) + "\n");
  }

  // ---- helpers ----

  /**
   * A parsed file to edit, picked at random among those that parse; a broken one is first restored
   * to its last good text. Files that never parsed (a case whose point is an input error) are
   * skipped, so that a case with one of them still gets edits.
   */
  private Parsed anyFile() {
    List<Path> candidates = new ArrayList<>(files.keySet());
    while (!candidates.isEmpty()) {
      Path path = candidates.remove(random.nextInt(candidates.size()));
      String text = broken.getOrDefault(path, files.get(path));
      ParseResult<CompilationUnit> result = parser.parse(text);
      if (result.isSuccessful() && result.getResult().isPresent()) {
        return new Parsed(path, result.getResult().get());
      }
    }
    return null;
  }

  private record Parsed(Path path, CompilationUnit unit) {
    Edit edit(String description) {
      return new Edit(description + " in " + path.getFileName(), path, unit.toString());
    }
  }

  private <T> T pick(List<T> items) {
    return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
  }

  private static List<BlockStmt> bodies(CompilationUnit unit) {
    List<BlockStmt> bodies = new ArrayList<>();
    for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
      method.getBody().ifPresent(bodies::add);
    }
    return bodies;
  }

  private static List<ExpressionStmt> callStatements(CompilationUnit unit) {
    return unit.findAll(ExpressionStmt.class, s -> s.getExpression().isMethodCallExpr());
  }

  /** A call of a method declared in some named type of the project, with default arguments. */
  private Expression callOfSomeMethod() {
    List<MethodDeclaration> methods = new ArrayList<>();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      String text = broken.getOrDefault(file.getKey(), file.getValue());
      parser.parse(text).getResult().ifPresent(u -> methods.addAll(u.findAll(MethodDeclaration.class)));
    }
    MethodDeclaration callee = pick(methods);
    if (callee == null
        || !(callee.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)
        || type.getFullyQualifiedName().isEmpty()) {
      return null;
    }
    String owner = type.getFullyQualifiedName().get();
    StringBuilder call = new StringBuilder();
    call.append(callee.isStatic() ? owner : "((" + owner + ") null)").append('.').append(callee.getNameAsString()).append('(');
    for (int i = 0; i < callee.getParameters().size(); i++) {
      Parameter parameter = callee.getParameter(i);
      call.append(i == 0 ? "" : ", ").append(defaultValue(parameter));
    }
    return parser.parseExpression(call.append(')').toString()).getResult().orElse(null);
  }

  private static String defaultValue(Parameter parameter) {
    if (parameter.isVarArgs() || !parameter.getType().isPrimitiveType()) {
      return "null";
    }
    return switch (parameter.getType().asString()) {
      case "boolean" -> "false";
      case "char" -> "'c'";
      default -> "(" + parameter.getType().asString() + ") 0";
    };
  }

  /** The qualified name of a type with a static {@code systemstack(Runnable)}, or null. */
  private String trampolineType() {
    for (String text : files.values()) {
      CompilationUnit unit = parser.parse(text).getResult().orElse(null);
      if (unit == null) {
        continue;
      }
      for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
        if (method.getNameAsString().equals("systemstack")
            && method.isStatic()
            && method.getParameters().size() == 1
            && method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type
            && type.getFullyQualifiedName().isPresent()) {
          return type.getFullyQualifiedName().get();
        }
      }
    }
    return null;
  }
}
