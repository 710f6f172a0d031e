/**
 * Bookkeeping that lets a {@link dev.stackcheck.api.Workspace} re-resolve only what an edit can
 * change: what each file's resolution looked up ({@link Dependencies}), what each file shows to
 * the others' resolution ({@link FileInterface}), and who owns each signature ({@link
 * Dependencies#signatures()}). The rule that ties them together is documented in {@code
 * docs/ide.md} ("How incremental analysis stays exact").
 */
package dev.stackcheck.incremental;
