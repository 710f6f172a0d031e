package dev.stackcheck.resolve;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.stackcheck.api.Config;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The resolution stage. Consumes the indexed files and a type solver over them and the
 * classpath; completes every body's signature, trampoline parameters, overrides and
 * {@code @SystemStack} status, and attaches a {@link dev.stackcheck.index.Resolution} to every
 * call site. Runs on one thread (the symbol solver's caches are not thread-safe).
 *
 * <p>The phases run in order over the files to resolve: signatures, hierarchy, calls, deferred
 * bodies. Each phase reads only facts that earlier phases (or earlier runs, for files not
 * resolved again) completed, and writes facts of the file at hand, so an incremental run may
 * resolve a subset of the files against the others' earlier results; the {@link
 * ResolutionTracker} learns which file each lookup belongs to.
 */
public final class Resolver {
  private Resolver() {}

  /** Resolves every file. */
  public static void resolve(List<FileIndex> files, TypeSolver solver, ClasspathAnnotations classpath, Config config) {
    resolve(files, files, solver, classpath, config, ResolutionTracker.NONE, Restorer.NONE);
  }

  /**
   * Resolves {@code toResolve}, freshly indexed files among {@code all}; the other files of
   * {@code all} keep the results of an earlier run, and {@code tracker.signatures()} holds their
   * signatures. Bodies that {@code restorer} restores keep their earlier resolutions.
   */
  public static void resolve(
      List<FileIndex> all,
      List<FileIndex> toResolve,
      TypeSolver solver,
      ClasspathAnnotations classpath,
      Config config,
      ResolutionTracker tracker,
      Restorer restorer) {
    resolve(all, toResolve, solver, classpath, config, tracker, restorer, new Symbols());
  }

  /** As above, with a symbol index kept from earlier runs, which this run brings up to date with {@code all}. */
  public static void resolve(
      List<FileIndex> all,
      List<FileIndex> toResolve,
      TypeSolver solver,
      ClasspathAnnotations classpath,
      Config config,
      ResolutionTracker tracker,
      Restorer restorer,
      Symbols kept) {
    config.progress().stage("signatures");
    JavaSymbolSolver symbolSolver = new JavaSymbolSolver(solver);
    for (FileIndex file : toResolve) {
      symbolSolver.inject(file.unit());
    }
    JavaParserFacade facade = JavaParserFacade.get(solver);
    Trampolines trampolines = new Trampolines(config, classpath);
    Signatures signatures = new Signatures(trampolines, tracker.signatures());
    for (FileIndex file : toResolve) {
      tracker.enter(file);
      signatures.assign(List.of(file));
    }

    config.progress().stage("hierarchy");
    SymbolIndex symbols = kept.index;
    symbols.sync(all, tracker);
    Declarations declarations = new Declarations(symbols);
    Hierarchy hierarchy = new Hierarchy(facade, solver, declarations, symbols, classpath);
    for (FileIndex file : toResolve) {
      tracker.enter(file);
      hierarchy.resolve(List.of(file));
    }

    Set<Body> restored = Collections.newSetFromMap(new IdentityHashMap<>());
    for (FileIndex file : toResolve) {
      for (Body body : file.bodies()) {
        if (restorer.restore(body)) {
          restored.add(body);
        }
      }
    }

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
            new ExternalCalls(symbols, classpath, config));
    CallResolver calls = new CallResolver(context);
    DeferredResolver deferred = new DeferredResolver(context, systemStackInterfacesExist(all, classpath));
    // A one-shot run resolves only the bodies that may reach @SystemStack code (see Slice). An
    // incremental run resolves everything it resolves, because a later edit may grow the slice.
    Set<Body> slice = null;
    if (!config.resolveAll() && toResolve == all && tracker == ResolutionTracker.NONE) {
      config.progress().stage("slice");
      slice = new Slice(all, calls, deferred, Overriders.of(all), classpath, trampolineNames(all, classpath, config))
          .compute(all);
    }
    config.progress().stage("calls");
    int total = 0;
    for (FileIndex file : toResolve) {
      for (Body body : file.bodies()) {
        if (!restored.contains(body) && (slice == null || slice.contains(body))) {
          total += body.sites().size();
        }
      }
    }
    int done = 0;
    for (FileIndex file : toResolve) {
      tracker.enter(file);
      for (Body body : file.bodies()) {
        if (restored.contains(body)) {
          continue;
        }
        if (slice == null || slice.contains(body)) {
          done += body.sites().size();
          config.progress().advance(done, total);
        }
        for (CallSite site : body.sites()) {
          if (slice != null && !slice.contains(body)) {
            site.resolution(null); // maybe resolved as a candidate caller, but outside the slice
          } else if (site.resolution() == null) {
            site.resolution(calls.resolve(site));
          }
        }
      }
    }
    for (FileIndex file : toResolve) {
      tracker.enter(file);
      for (Body body : file.bodies()) {
        if (restored.contains(body) || (slice != null && !slice.contains(body))) {
          continue;
        }
        for (CallSite site : body.sites()) {
          site.resolution(deferred.resolve(site, site.resolution()));
        }
      }
    }
    tracker.enter(null);
  }

  /** Every name a trampoline may be called by: compiled, default, configured and declared ones. */
  private static Set<String> trampolineNames(List<FileIndex> files, ClasspathAnnotations classpath, Config config) {
    Set<String> names = new java.util.HashSet<>(ExternalCalls.staticTrampolineNames(classpath, config));
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (body.isTrampoline()) {
          names.add(body.kind() == Body.Kind.METHOD ? body.name() : body.type().simpleName());
        }
      }
    }
    return names;
  }

  /**
   * Whether a lambda or method reference may implement a {@code @SystemStack} method (S3.2): only
   * then is it worth resolving their functional interfaces. Depends on every file, so an
   * incremental run that changes it must resolve every file again.
   */
  public static boolean systemStackInterfacesExist(List<FileIndex> files, ClasspathAnnotations classpath) {
    if (!classpath.isEmpty()) {
      return true;
    }
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
