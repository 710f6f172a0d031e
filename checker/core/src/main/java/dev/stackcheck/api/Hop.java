package dev.stackcheck.api;

/**
 * One step of a witness path: a body and where the path continues from it. For every hop but the
 * last, {@code location} is the call site in {@code body} that leads to the next hop; for the last
 * hop (the {@code @SystemStack} callee) it is the callee's declaration, or null when the callee
 * is declared in a compiled dependency.
 */
public record Hop(String body, Location location) {}
