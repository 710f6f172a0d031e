package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Remembers which expressions are passed directly to trampoline parameters (S4.5), including
 * through parentheses, casts, conditional branches and switch expression results, and which local
 * variables are (S4.6); then tells, for a deferred body's creating expression, whether it runs on
 * the system stack, where its creator runs, or both. Not thread-safe.
 */
final class TrampolineArguments {
  /** How a deferred body created by an expression is run. */
  enum Use { TRAMPOLINE, ORDINARY }

  /**
   * The functional-interface method that a trampoline parameter runs (name and arity), to pick the
   * right method of an anonymous or named class; null when unknown.
   */
  record Shape(String name, int arity) {}

  private final Map<Node, Shape> expressions = new IdentityHashMap<>();
  private final Map<Node, Shape> variableUses = new IdentityHashMap<>();

  /** Records the arguments of one call whose parameters in {@code parameters} are trampoline parameters. */
  void mark(NodeList<Expression> arguments, BitSet parameters, IntFunction<Shape> shapes) {
    for (int i = parameters.nextSetBit(0); i >= 0 && i < arguments.size(); i = parameters.nextSetBit(i + 1)) {
      Shape shape = shapes.apply(i);
      for (Expression expression : directValues(arguments.get(i))) {
        if (expression instanceof NameExpr name) {
          variableUses.put(name, shape == null ? new Shape(null, -1) : shape);
        } else {
          expressions.put(expression, shape == null ? new Shape(null, -1) : shape);
        }
      }
    }
  }

  /** Records every deferred-body argument of a call that is a trampoline by name only. */
  void markAll(NodeList<Expression> arguments) {
    BitSet all = new BitSet();
    all.set(0, arguments.size());
    mark(arguments, all, i -> null);
  }

  /** The expressions whose value is passed when {@code argument} is: S4.5's "passed directly". */
  private static List<Expression> directValues(Expression argument) {
    List<Expression> values = new ArrayList<>();
    List<Expression> work = new ArrayList<>();
    work.add(argument);
    while (!work.isEmpty()) {
      Expression expression = work.remove(work.size() - 1);
      if (expression instanceof EnclosedExpr enclosed) {
        work.add(enclosed.getInner());
      } else if (expression instanceof CastExpr cast) {
        work.add(cast.getExpression());
      } else if (expression instanceof ConditionalExpr conditional) {
        work.add(conditional.getThenExpr());
        work.add(conditional.getElseExpr());
      } else if (expression instanceof SwitchExpr switchExpression) {
        work.addAll(results(switchExpression));
      } else if (expression instanceof LambdaExpr
          || expression instanceof MethodReferenceExpr
          || expression instanceof ObjectCreationExpr
          || expression instanceof NameExpr) {
        values.add(expression);
      }
    }
    return values;
  }

  /**
   * The values a switch expression may produce, a conditional with more branches: the expression
   * of each {@code case ... ->} arm and each {@code yield} of the switch itself.
   */
  private static List<Expression> results(SwitchExpr switchExpression) {
    List<Expression> results = new ArrayList<>();
    for (SwitchEntry entry : switchExpression.getEntries()) {
      if (entry.getType() == SwitchEntry.Type.EXPRESSION
          && entry.getStatements().getFirst().orElse(null) instanceof ExpressionStmt arm) {
        results.add(arm.getExpression());
      }
    }
    for (YieldStmt yield : switchExpression.findAll(YieldStmt.class)) {
      if (yield.findAncestor(SwitchExpr.class).orElse(null) == switchExpression) {
        results.add(yield.getExpression());
      }
    }
    return results;
  }

  /** The shape of the trampoline parameter the expression is passed to directly, or null if it is not. */
  Shape shape(Expression creation) {
    Shape shape = expressions.get(creation);
    if (shape != null) {
      return shape;
    }
    for (Node use : variableUses(creation)) {
      Shape viaVariable = variableUses.get(use);
      if (viaVariable != null) {
        return viaVariable;
      }
    }
    return null;
  }

  /** How the deferred body created by this expression runs: on the system stack, where its creator runs, or both. */
  Set<Use> uses(Expression creation) {
    if (expressions.containsKey(creation)) {
      return EnumSet.of(Use.TRAMPOLINE);
    }
    List<NameExpr> uses = variableUses(creation);
    if (uses.isEmpty()) {
      return EnumSet.of(Use.ORDINARY);
    }
    Set<Use> result = EnumSet.noneOf(Use.class);
    for (NameExpr use : uses) {
      result.add(variableUses.containsKey(use) ? Use.TRAMPOLINE : Use.ORDINARY);
    }
    return result;
  }

  /**
   * S4.6: if the expression initializes an effectively final local variable, the uses of that
   * variable; otherwise (or if the variable is never read) an empty list.
   */
  private static List<NameExpr> variableUses(Expression creation) {
    Node node = creation;
    for (Node value = valueOf(node); value != null; value = valueOf(node)) {
      node = value;
    }
    if (!(node.getParentNode().orElse(null) instanceof VariableDeclarator declarator)
        || declarator.getInitializer().orElse(null) != node
        || !(declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration)) {
      return List.of();
    }
    Node scope = declaration.getParentNode().flatMap(Node::getParentNode).orElse(null);
    if (scope == null) {
      return List.of();
    }
    String name = declarator.getNameAsString();
    List<NameExpr> uses = new ArrayList<>();
    for (NameExpr use : scope.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
      Node parent = use.getParentNode().orElse(null);
      if (parent instanceof AssignExpr assign && assign.getTarget() == use) {
        return List.of(); // reassigned: not effectively final
      }
      if (parent instanceof UnaryExpr unary
          && (unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
              || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
              || unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
              || unary.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT)) {
        return List.of();
      }
      if (isAfter(use, declarator) && !shadowed(use, scope, declarator)) {
        uses.add(use);
      }
    }
    return uses;
  }

  /**
   * The expression whose value is {@code node}'s value, as for arguments (S4.5): parentheses, a
   * cast, a branch of a conditional, a result of a switch expression; else null.
   */
  private static Node valueOf(Node node) {
    Node parent = node.getParentNode().orElse(null);
    if (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
      return parent;
    }
    if (parent instanceof ConditionalExpr conditional && conditional.getCondition() != node) {
      return parent;
    }
    if (parent instanceof YieldStmt) {
      return parent.findAncestor(SwitchExpr.class).orElse(null);
    }
    if (parent instanceof ExpressionStmt arm
        && arm.getParentNode().orElse(null) instanceof SwitchEntry entry
        && entry.getType() == SwitchEntry.Type.EXPRESSION
        && entry.getParentNode().orElse(null) instanceof SwitchExpr switchExpression) {
      return switchExpression;
    }
    return null;
  }

  /**
   * Whether {@code use} names another variable of the same name, declared between it and the
   * block of {@code declarator}: a parameter, local variable or field of an anonymous or local
   * class, which Java lets shadow the enclosing method's local (within one method it forbids it).
   */
  private static boolean shadowed(NameExpr use, Node scope, VariableDeclarator declarator) {
    String name = use.getNameAsString();
    Node child = use;
    for (Node node = use.getParentNode().orElse(null); node != null && node != scope; node = node.getParentNode().orElse(null)) {
      if (declares(node, child, name, declarator)) {
        return true;
      }
      child = node;
    }
    return false;
  }

  /** Whether {@code node} declares another variable {@code name} visible to its descendant {@code child}. */
  private static boolean declares(Node node, Node child, String name, VariableDeclarator declarator) {
    if (node instanceof NodeWithParameters<?> callable) {
      return callable.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
    }
    if (node instanceof CatchClause catchClause) {
      return catchClause.getParameter().getNameAsString().equals(name);
    }
    if (node instanceof ForEachStmt forEach) {
      return forEach.getVariableDeclarator().getNameAsString().equals(name);
    }
    if (node instanceof ForStmt forStmt) {
      return forStmt.getInitialization().stream().anyMatch(e -> declares(e, name, declarator));
    }
    if (node instanceof TryStmt tryStmt) {
      return tryStmt.getResources().stream().anyMatch(e -> declares(e, name, declarator));
    }
    if (node instanceof NodeWithStatements<?> block) {
      for (Statement statement : block.getStatements()) {
        if (statement == child) {
          return false;
        }
        if (statement instanceof ExpressionStmt expression && declares(expression.getExpression(), name, declarator)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof ObjectCreationExpr creation) {
      return creation.getAnonymousClassBody().map(members -> declaresField(members, name)).orElse(false);
    }
    if (node instanceof TypeDeclaration<?> type) {
      return declaresField(type.getMembers(), name);
    }
    return false;
  }

  private static boolean declares(Expression expression, String name, VariableDeclarator declarator) {
    return expression instanceof VariableDeclarationExpr declaration
        && declaration.getVariables().stream().anyMatch(v -> v != declarator && v.getNameAsString().equals(name));
  }

  private static boolean declaresField(NodeList<BodyDeclaration<?>> members, String name) {
    return members.stream()
        .anyMatch(m -> m instanceof FieldDeclaration field
            && field.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name)));
  }

  private static boolean isAfter(Node use, Node declarator) {
    return use.getBegin().isPresent()
        && declarator.getEnd().isPresent()
        && use.getBegin().get().isAfter(declarator.getEnd().get());
  }
}
