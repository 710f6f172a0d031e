package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.UnknownType;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.logic.FunctionalInterfaceLogic;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Corrects the symbol solver's choice between overloads that differ only in the functional
 * interface they take, such as {@code submit(Runnable)} and {@code submit(Callable)}. JLS 15.12.2.5
 * makes the overload whose function type returns a value more specific than the one returning
 * {@code void} when the argument is an explicitly typed lambda or a method reference that yields a
 * value; the solver picks the {@code void} one. The choice matters because only one of the
 * overloads may be a trampoline. Stateless.
 */
final class FunctionalOverloads {
  private FunctionalOverloads() {}

  /** The overload javac picks for {@code call}, given the solver's choice. */
  static ResolvedMethodDeclaration refine(
      MethodCallExpr call, ResolvedMethodDeclaration chosen, JavaParserFacade facade) {
    if (call.getArguments().stream().noneMatch(a -> a instanceof LambdaExpr || a instanceof MethodReferenceExpr)) {
      return chosen;
    }
    List<ResolvedMethodDeclaration> siblings = siblings(chosen);
    if (siblings.isEmpty()) {
      return chosen;
    }
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < call.getArguments().size() && i < chosen.getNumberOfParams(); i++) {
      Expression argument = call.getArgument(i);
      if (returnsVoid(chosen.getParam(i).getType()) == Boolean.TRUE && yieldsValue(argument, facade)) {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return chosen;
    }
    List<ResolvedMethodDeclaration> better = new ArrayList<>();
    for (ResolvedMethodDeclaration candidate : siblings) {
      if (moreSpecificAt(candidate, chosen, positions)) {
        better.add(candidate);
      }
    }
    return better.size() == 1 ? better.get(0) : chosen;
  }

  /** Overloads declared next to {@code chosen} with its name and number of parameters, in a stable order. */
  private static List<ResolvedMethodDeclaration> siblings(ResolvedMethodDeclaration chosen) {
    String own = chosen.getQualifiedSignature();
    List<ResolvedMethodDeclaration> siblings = new ArrayList<>();
    for (ResolvedMethodDeclaration method : chosen.declaringType().getDeclaredMethods()) {
      if (method.getName().equals(chosen.getName())
          && method.getNumberOfParams() == chosen.getNumberOfParams()
          && method.hasVariadicParameter() == chosen.hasVariadicParameter()
          && !method.getQualifiedSignature().equals(own)) {
        siblings.add(method);
      }
    }
    siblings.sort(Comparator.comparing(ResolvedMethodDeclaration::getQualifiedSignature));
    return siblings;
  }

  /**
   * Same erased parameter types except at {@code positions}, where the candidate takes a functional
   * interface of the same arity whose method returns a value.
   */
  private static boolean moreSpecificAt(
      ResolvedMethodDeclaration candidate, ResolvedMethodDeclaration chosen, List<Integer> positions) {
    for (int i = 0; i < chosen.getNumberOfParams(); i++) {
      ResolvedType mine = chosen.getParam(i).getType();
      ResolvedType theirs = candidate.getParam(i).getType();
      if (positions.contains(i)) {
        Optional<MethodUsage> own = FunctionalInterfaceLogic.getFunctionalMethod(mine);
        Optional<MethodUsage> other = FunctionalInterfaceLogic.getFunctionalMethod(theirs);
        if (own.isEmpty()
            || other.isEmpty()
            || own.get().getNoParams() != other.get().getNoParams()
            || other.get().returnType().isVoid()) {
          return false;
        }
      } else if (!TypeNames.erased(mine).equals(TypeNames.erased(theirs))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the parameter type is a functional interface whose method returns void; null if not functional. */
  private static Boolean returnsVoid(ResolvedType type) {
    return FunctionalInterfaceLogic.getFunctionalMethod(type).map(m -> m.returnType().isVoid()).orElse(null);
  }

  /**
   * An explicitly typed lambda whose expression body has a value, or a method reference to a
   * method with a value or to a constructor. Implicitly typed lambdas do not take part in the rule
   * (javac reports such calls as ambiguous), nor do block bodies (the solver tells them apart).
   */
  private static boolean yieldsValue(Expression argument, JavaParserFacade facade) {
    if (argument instanceof LambdaExpr lambda) {
      boolean explicit = lambda.getParameters().stream().map(Parameter::getType).noneMatch(t -> t instanceof UnknownType);
      if (!explicit || !(lambda.getBody() instanceof ExpressionStmt body)) {
        return false;
      }
      ResolvedType type = Guard.attempt(() -> facade.getType(body.getExpression()));
      return type != null && !type.isVoid();
    }
    if (argument instanceof MethodReferenceExpr reference) {
      if (reference.getIdentifier().equals("new")) {
        return true;
      }
      SymbolReference<ResolvedMethodDeclaration> solved = Guard.attempt(() -> facade.solve(reference));
      return solved != null && solved.isSolved() && !solved.getCorrespondingDeclaration().getReturnType().isVoid();
    }
    return false;
  }
}
