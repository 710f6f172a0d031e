package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Names every body and type with a stable qualified signature, resolving parameter types to their
 * erased qualified names, and decides each method's trampoline parameters. Signatures look like
 * JavaParser's ({@code pkg.Outer.m(java.lang.String, int)}), with stable names where JavaParser's
 * contain random ids: {@code pkg.A.m()$1} for the first anonymous class in {@code m()},
 * {@code pkg.A.m()$lambda$1} for its first lambda, {@code pkg.A.m()$Local} for a local class,
 * {@code pkg.A.<clinit>} and {@code pkg.A.<init>} for initializers. Not thread-safe.
 */
final class Signatures {
  private final Trampolines trampolines;
  private final Set<String> taken;

  /** Names bodies uniquely among {@code taken}, which may already hold other files' signatures. */
  Signatures(Trampolines trampolines, Set<String> taken) {
    this.trampolines = trampolines;
    this.taken = taken;
  }

  void assign(List<FileIndex> files) {
    for (FileIndex file : files) {
      for (TypeInfo type : file.types()) {
        name(type);
      }
      for (Body body : file.bodies()) {
        sign(body);
      }
    }
  }

  private String name(TypeInfo type) {
    if (type.name() == null && type.enclosingBody() == null) {
      type.assignName(unique(name(type.outer()) + "." + type.simpleName())); // member of a local or anonymous class
    } else if (type.name() == null) {
      Body enclosing = type.enclosingBody();
      sign(enclosing);
      String suffix = type.kind() == TypeInfo.Kind.ANONYMOUS ? String.valueOf(type.ordinal()) : type.simpleName();
      type.assignName(unique(enclosing.signature() + "$" + suffix));
    }
    return type.name();
  }

  private void sign(Body body) {
    if (body.signature() != null) {
      return;
    }
    String typeName = name(body.type());
    String signature;
    switch (body.kind()) {
      case METHOD, CONSTRUCTOR, DEFAULT_CONSTRUCTOR -> {
        List<ResolvedType> resolved = new ArrayList<>();
        List<String> types = parameterTypes(body, resolved);
        body.parameterTypes(types);
        signature = typeName + "." + body.name() + "(" + String.join(", ", types) + ")";
        decideTrampoline(body, resolved); // a record's implicit constructor may have @SystemStack components
      }
      case STATIC_INIT -> signature = typeName + ".<clinit>";
      case INSTANCE_INIT -> signature = typeName + ".<init>";
      case LAMBDA -> {
        sign(body.creator());
        signature = body.creator().signature() + "$" + body.name();
      }
      default -> throw new IllegalStateException(body.kind().toString());
    }
    body.signature(unique(signature));
  }

  private String unique(String signature) {
    String candidate = signature;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = signature + "#" + n;
    }
    return candidate;
  }

  private List<String> parameterTypes(Body body, List<ResolvedType> resolved) {
    NodeList<Parameter> parameters = parameters(body);
    List<String> types = new ArrayList<>(parameters.size());
    for (Parameter parameter : parameters) {
      ResolvedType type = Guard.attempt(() -> parameter.getType().resolve());
      resolved.add(type);
      String name = type != null ? Guard.attempt(() -> TypeNames.erased(type)) : null;
      if (name == null) {
        name = written(parameter.getType());
      }
      types.add(parameter.isVarArgs() ? name + "..." : name);
    }
    return types;
  }

  private static NodeList<Parameter> parameters(Body body) {
    Node node = body.node();
    if (node instanceof CallableDeclaration<?> callable) {
      return callable.getParameters();
    }
    if (node instanceof RecordDeclaration record) {
      return record.getParameters();
    }
    if (node instanceof CompactConstructorDeclaration
        && node.getParentNode().orElse(null) instanceof RecordDeclaration record) {
      return record.getParameters(); // a compact constructor takes the record's components
    }
    return new NodeList<>();
  }

  /** The type as written, without type arguments: the best name when it does not resolve. */
  private static String written(Type type) {
    String text = type.asString();
    String previous;
    do {
      previous = text;
      text = text.replaceAll("<[^<>]*>", "");
    } while (!text.equals(previous));
    return text.replaceAll("\\s+", "");
  }

  private void decideTrampoline(Body body, List<ResolvedType> types) {
    BitSet parameters = trampolines.parameters(body, types.size(), i -> {
      ResolvedType type = types.get(i);
      if (type == null) {
        throw new IllegalStateException("unresolved parameter type");
      }
      return type;
    });
    body.trampolineParameters(parameters);
  }
}
