package dev.stackcheck.resolve;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;

/** The services that the resolution stages of one run share. */
record ResolutionContext(
    JavaParserFacade facade,
    TypeSolver solver,
    SymbolIndex symbols,
    Declarations declarations,
    Trampolines trampolines,
    Fallback fallback,
    TrampolineArguments trampolineArguments,
    ClasspathAnnotations classpath,
    ExternalCalls external) {}
