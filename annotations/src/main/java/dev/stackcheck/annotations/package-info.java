/**
 * Annotations checked by stackcheck: {@link dev.stackcheck.annotations.SystemStack} marks code that
 * must only run on the system stack, {@link dev.stackcheck.annotations.Trampoline} marks methods
 * that run their function arguments there.
 */
package dev.stackcheck.annotations;
