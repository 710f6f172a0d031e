package dev.stackcheck.resolve;

/**
 * The symbol index a workspace keeps between resolution runs, so that a run replaces only the
 * files that changed instead of indexing every file again (see {@link Resolver#resolve}). Not
 * thread-safe.
 */
public final class Symbols {
  final SymbolIndex index = new SymbolIndex();
}
