package other;

/** Not stackcheck's annotation. */
public @interface SystemStack {}
