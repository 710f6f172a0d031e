package dev.stackcheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated code must only run on the system stack.
 *
 * <p>The model is the Go runtime's {@code //go:systemstack}: functions such as {@code stackfree}
 * use per-processor caches and must not grow their stack or be preempted, so ordinary code reaches
 * them only through a {@linkplain Trampoline trampoline} that switches stacks first. stackcheck
 * proves at build time that no call path reaches an annotated method on a user stack.
 *
 * <ul>
 *   <li><b>On a method or constructor:</b> its body may only run on the system stack. Calling it
 *       directly from code that may run on a user stack is a violation; calling it through a
 *       trampoline ({@code systemstack(() -> stackfree(s))}) is not.
 *   <li><b>On a type:</b> applies to every method and constructor declared in that type, not to
 *       nested types (they carry their own annotation).
 *   <li><b>Inherited:</b> a method that overrides or implements an annotated method is annotated
 *       too, and so is a lambda, method reference or anonymous class method that implements an
 *       annotated interface method. Creating such an object is allowed anywhere; calling its method
 *       from a user stack is a violation.
 *   <li><b>On a parameter</b> of a functional-interface type: the parameter is a trampoline
 *       parameter. Whatever is passed for it (a lambda, a method reference, an anonymous class, or
 *       {@code new T(...)} of a class implementing the interface) runs on the system stack, as in
 *       {@code static void systemstack(@SystemStack Runnable fn)}.
 * </ul>
 *
 * <p>Unannotated helpers need no annotation when every path to them already runs on the system
 * stack: stackcheck infers the context of every method from its callers.
 *
 * <p>Retention is {@link RetentionPolicy#CLASS CLASS}: the annotation is kept in class files, so
 * stackcheck sees it on methods of compiled dependencies, and costs nothing at run time.
 *
 * @see Trampoline
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE, ElementType.PARAMETER})
public @interface SystemStack {}
