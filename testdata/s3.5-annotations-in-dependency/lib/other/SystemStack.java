package other;

/** Not stackcheck's annotation, only the same simple name. */
public @interface SystemStack {}
