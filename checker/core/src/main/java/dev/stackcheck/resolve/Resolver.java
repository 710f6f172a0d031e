package dev.stackcheck.resolve;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.stackcheck.api.Config;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import java.util.List;
import java.util.Set;

/**
 * The resolution stage. Consumes the indexed files and a type solver over them and the
 * classpath; completes every body's signature, trampoline parameters, overrides and
 * {@code @SystemStack} status, and attaches a {@link Resolution} to every call site. Runs on one
 * thread (the symbol solver's caches are not thread-safe).
 */
public final class Resolver {
  private Resolver() {}

  public static void resolve(List<FileIndex> files, TypeSolver solver, ClasspathAnnotations classpath, Config config) {
    JavaSymbolSolver symbolSolver = new JavaSymbolSolver(solver);
    for (FileIndex file : files) {
      symbolSolver.inject(file.unit());
    }
    JavaParserFacade facade = JavaParserFacade.get(solver);
    Trampolines trampolines = new Trampolines(config, classpath);
    new Signatures(trampolines).assign(files);

    SymbolIndex symbols = new SymbolIndex(files);
    Declarations declarations = new Declarations(symbols);
    new Hierarchy(facade, solver, declarations, symbols, classpath).resolve(files);

    Set<String> trampolineNames = trampolineNames(files, classpath, config);
    ResolutionContext context =
        new ResolutionContext(
            facade,
            solver,
            symbols,
            declarations,
            trampolines,
            new Fallback(symbols, classpath),
            new TrampolineArguments(),
            classpath,
            new ExternalCalls(symbols, classpath, trampolineNames));
    DeferredResolver deferred = new DeferredResolver(context, !classpath.isEmpty() || systemStackInInterface(files));
    CallResolver calls = new CallResolver(context);
    // Only bodies that may reach @SystemStack code need their calls resolved (see Slice).
    Set<Body> slice = null;
    if (!config.resolveAll()) {
      slice = new Slice(files, calls, deferred, Overriders.of(files), classpath, trampolineNames).compute(files);
    }
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        for (CallSite site : body.sites()) {
          if (slice != null && !slice.contains(body)) {
            site.resolution(null); // resolved as a candidate caller, but outside the slice
          } else if (site.resolution() == null) {
            site.resolution(calls.resolve(site));
          }
        }
      }
    }
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (slice != null && !slice.contains(body)) {
          continue;
        }
        for (CallSite site : body.sites()) {
          site.resolution(deferred.resolve(site, site.resolution()));
        }
      }
    }
  }

  private static Set<String> trampolineNames(List<FileIndex> files, ClasspathAnnotations classpath, Config config) {
    Set<String> names = new java.util.HashSet<>(classpath.trampolineNames());
    if (config.defaultTrampolines()) {
      names.add(Trampolines.DEFAULT_NAME);
    }
    config.trampolines().forEach(t -> names.add(t.methodName()));
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (body.isTrampoline()) {
          names.add(body.kind() == Body.Kind.METHOD ? body.name() : body.type().simpleName());
        }
      }
    }
    return names;
  }

  private static boolean systemStackInInterface(List<FileIndex> files) {
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (body.systemStack() && body.kind() == Body.Kind.METHOD && body.type().isInterface()) {
          return true;
        }
      }
    }
    return false;
  }
}
