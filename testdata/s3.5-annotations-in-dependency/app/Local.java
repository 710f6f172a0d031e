package app;

/** An annotation of the sources that happens to be called SystemStack. */
@interface SystemStack {}

class Local {
  @SystemStack
  static void notReallyEither() {}
}
