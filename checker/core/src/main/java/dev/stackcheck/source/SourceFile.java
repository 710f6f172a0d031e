package dev.stackcheck.source;

import java.nio.file.Path;

/** A source file to analyze: absolute normalized path and its decoded text. */
public record SourceFile(Path path, String text) {}
