package app;

/** The package's own annotation named SystemStack, declared in a file of its own. */
@interface SystemStack {}
