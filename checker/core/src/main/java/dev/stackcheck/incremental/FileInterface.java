package dev.stackcheck.incremental;

import com.github.javaparser.JavaToken;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import dev.stackcheck.resolve.ResolutionTracker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one resolved file shows to the resolution of other files, as a map from dependency key
 * (the keys {@link Dependencies} records) to a digest. Two versions of a file whose maps agree on
 * a key look the same to every file that depends on that key.
 *
 * <ul>
 *   <li>Each named type (top-level or nested) under its qualified name: the tokens of its
 *       top-level declaration without comments, method bodies, initializer blocks, field
 *       initializers and enum constant arguments and bodies, plus the file's package and imports,
 *       plus what resolution derived for every named type inside that top-level type (ancestors;
 *       each body's signature, {@code @SystemStack} status, trampoline parameters, overrides).
 *       The whole top-level type shares one digest because the solver reaches nested types
 *       through their outer type without naming them.
 *   <li>{@code method:NAME}: every method of that name in the file (including those of local and
 *       anonymous classes), as the fallback sees them: signature, arity, varargs, trampoline
 *       parameters.
 *   <li>{@code simple:NAME}: the constructors of every type of that simple name.
 * </ul>
 *
 * Editing inside a method body changes none of the type digests; it changes a {@code method:}
 * key only when it adds, removes or renumbers a method of a local or anonymous class. Stateless.
 */
public final class FileInterface {
  private FileInterface() {}

  /** The interface of a file whose resolution is complete. */
  public static Map<String, String> of(FileIndex file) {
    Map<String, String> result = new LinkedHashMap<>();
    String header = header(file.unit());
    Map<TypeInfo, List<TypeInfo>> namedByTopLevel = new LinkedHashMap<>();
    for (TypeInfo type : file.types()) {
      TypeInfo top = topLevel(type);
      if (top != null) {
        namedByTopLevel.computeIfAbsent(top, t -> new ArrayList<>()).add(type);
      }
    }
    for (Map.Entry<TypeInfo, List<TypeInfo>> entry : namedByTopLevel.entrySet()) {
      StringBuilder text = new StringBuilder(header).append('\n').append(stub(entry.getKey().node()));
      for (TypeInfo type : entry.getValue()) {
        facts(type, text);
      }
      String digest = digest(text);
      for (TypeInfo type : entry.getValue()) {
        if (type.node() instanceof TypeDeclaration<?>) {
          result.put(type.name(), digest);
        }
      }
    }
    result.putAll(byName(file));
    return result;
  }

  /**
   * The {@code method:} and {@code simple:} keys alone: what the fallback sees of a file. Needs
   * only signatures and trampoline parameters, so it can be computed before calls are resolved.
   */
  public static Map<String, String> byName(FileIndex file) {
    Map<String, String> result = new LinkedHashMap<>();
    Map<String, StringBuilder> byName = new LinkedHashMap<>();
    for (Body body : file.bodies()) {
      if (body.kind() == Body.Kind.METHOD) {
        byName.computeIfAbsent(ResolutionTracker.methodKey(body.name()), k -> new StringBuilder())
            .append(body.signature()).append('|').append(body.parameterTypes().size()).append('|')
            .append(body.isVarargs()).append('|').append(body.trampolineParameters()).append('\n');
      }
    }
    for (TypeInfo type : file.types()) {
      StringBuilder text = byName.computeIfAbsent(ResolutionTracker.simpleTypeKey(type.simpleName()), k -> new StringBuilder());
      for (Body body : type.bodies()) {
        if (body.kind() == Body.Kind.CONSTRUCTOR || body.kind() == Body.Kind.DEFAULT_CONSTRUCTOR) {
          text.append(body.signature()).append('|').append(body.parameterTypes().size()).append('|')
              .append(body.isVarargs()).append('\n');
        }
      }
    }
    byName.forEach((key, text) -> result.put(key, digest(text)));
    return result;
  }

  /** The top-level type of a type that other files can name, or null for local and anonymous types. */
  private static TypeInfo topLevel(TypeInfo type) {
    TypeInfo top = type;
    while (true) {
      if (top.enclosingBody() != null || top.kind() == TypeInfo.Kind.ANONYMOUS) {
        return null;
      }
      if (top.outer() == null) {
        return top;
      }
      top = top.outer();
    }
  }

  private static void facts(TypeInfo type, StringBuilder text) {
    text.append("\ntype ").append(type.name()).append(' ').append(type.kind()).append(" <: ").append(type.ancestors());
    for (Body body : type.bodies()) {
      text.append("\n  ").append(body.kind()).append(' ').append(body.signature())
          .append(body.systemStack() ? " @SystemStack" : "")
          .append(" trampolines=").append(body.trampolineParameters())
          .append(" overrides=").append(body.overrides());
    }
  }

  private static String header(CompilationUnit unit) {
    StringBuilder text = new StringBuilder();
    unit.getPackageDeclaration().ifPresent(p -> text.append(stub(p)));
    unit.getImports().forEach(i -> text.append(stub(i)));
    return text.toString();
  }

  /** The node's tokens, one space apart, without comments and with bodies written as {@code {}}. */
  static String stub(Node node) {
    TokenRange range = node.getTokenRange().orElse(null);
    if (range == null) {
      return node.toString();
    }
    Map<JavaToken, JavaToken> skips = new IdentityHashMap<>();
    for (Node inner : node.findAll(Node.class)) {
      for (Node hidden : hidden(inner)) {
        hidden.getTokenRange().ifPresent(r -> skips.putIfAbsent(r.getBegin(), r.getEnd()));
      }
    }
    StringBuilder text = new StringBuilder();
    JavaToken token = range.getBegin();
    JavaToken end = range.getEnd();
    while (token != null) {
      JavaToken skipTo = skips.get(token);
      if (skipTo != null) {
        text.append("{} ");
        token = skipTo;
      } else if (!token.getCategory().isWhitespaceOrComment()) {
        text.append(token.getText()).append(' ');
      }
      if (token == end) {
        break;
      }
      token = token.getNextToken().orElse(null);
    }
    return text.toString();
  }

  /** The parts of a declaration that no other file's resolution can see. */
  private static List<Node> hidden(Node node) {
    List<Node> hidden = new ArrayList<>();
    if (node instanceof MethodDeclaration method) {
      method.getBody().ifPresent(hidden::add);
    } else if (node instanceof ConstructorDeclaration constructor) {
      hidden.add(constructor.getBody());
    } else if (node instanceof CompactConstructorDeclaration compact) {
      hidden.add(compact.getBody());
    } else if (node instanceof InitializerDeclaration initializer) {
      hidden.add(initializer.getBody());
    } else if (node instanceof VariableDeclarator variable && variable.getParentNode().orElse(null) instanceof FieldDeclaration) {
      variable.getInitializer().ifPresent(hidden::add);
    } else if (node instanceof EnumConstantDeclaration constant) {
      hidden.addAll(constant.getArguments());
      hidden.addAll(constant.getClassBody());
    }
    return hidden;
  }

  private static String digest(CharSequence text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder().encodeToString(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
