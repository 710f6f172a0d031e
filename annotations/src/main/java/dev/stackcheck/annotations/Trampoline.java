package dev.stackcheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated method runs its function arguments on the system stack.
 *
 * <p>Everything passed <em>as an argument</em> for a functional-interface parameter of the method
 * runs on the system stack: a lambda, a method reference, an anonymous class instance, or
 * {@code new T(...)} of a named class (then {@code T}'s implementation of the interface method).
 * This is shorthand for annotating each functional-interface parameter with {@link SystemStack}.
 *
 * <pre>{@code
 * @Trampoline
 * static void systemstack(Runnable fn) { ... switch stacks, fn.run(), switch back ... }
 *
 * systemstack(() -> stackfree(s));   // fine: the lambda runs on the system stack
 * stackfree(s);                      // violation if this code may run on a user stack
 * }</pre>
 *
 * <p>The trampoline itself may be called from any context. Only arguments written at the call count
 * (also when parenthesized, cast, or a branch of a conditional expression, or an effectively final
 * local variable initialized with a lambda, method reference or anonymous class); a function stored
 * in a field and passed later is run where its creator runs.
 *
 * <p>A method named {@code systemstack} with a functional-interface parameter is a trampoline
 * even without this annotation, unless that default is switched off; methods of libraries that
 * cannot be annotated can be named as trampolines in stackcheck's configuration.
 *
 * @see SystemStack
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Trampoline {}
