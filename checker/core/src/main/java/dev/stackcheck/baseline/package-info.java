/**
 * The baseline: violations a team has accepted when adopting stackcheck in existing code, stored
 * in a file (documented in {@code docs/baseline.md}) so that only new violations fail the build.
 * Entries are keyed by rule, caller and callee signature and file path, never by line, so they
 * survive edits. Used by every front end after {@link dev.stackcheck.api.Analyzer} has run.
 */
package dev.stackcheck.baseline;
