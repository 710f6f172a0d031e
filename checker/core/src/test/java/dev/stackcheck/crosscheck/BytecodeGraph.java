package dev.stackcheck.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The independent oracle: a call graph built from a corpus's class files with class hierarchy
 * analysis. Every {@code invoke*} instruction is an edge to the method the JVM resolves and, for
 * virtual and interface calls, to the method every corpus subtype of the receiver type selects
 * (its own override, or an implementation it inherits). An {@code invokedynamic} of
 * {@code LambdaMetafactory} is an edge to its implementation method (a lambda's synthetic method,
 * or the method a method reference names, dispatched like a call). Only edges into corpus methods
 * are kept. Built once; not thread-safe.
 */
final class BytecodeGraph {
  /** The instruction an edge comes from. */
  enum Origin { INVOKESTATIC, INVOKESPECIAL, INVOKEVIRTUAL, INVOKEINTERFACE, LAMBDA, METHOD_REFERENCE }

  /** Whether the edge goes to the resolved method or comes from dispatch on a subtype. */
  enum Dispatch {
    /** The method the instruction resolves to. */
    RESOLVED,
    /** An override declared in a subtype of the receiver type. */
    OVERRIDE,
    /** An implementation a subtype of the receiver type inherits from outside the receiver type. */
    INHERITED
  }

  /**
   * One edge out of a method.
   *
   * @param target the method control may reach
   * @param declaration the method the instruction resolves to (target itself unless dispatched)
   * @param line the instruction's source line
   */
  record Call(MethodRef target, MethodRef declaration, Origin origin, Dispatch dispatch, int line) {}

  /** A {@code LambdaMetafactory} call site: the implementation method and whether javac wrote it. */
  record Indy(MethodRef implementation, boolean synthetic, int line) {}

  private record Target(MethodRef method, MethodRef declaration, Dispatch dispatch) {}

  final ClassFiles classes;
  /** Edges per corpus method that has code, each target once (the first instruction that reaches it). */
  final Map<MethodRef, List<Call>> calls = new LinkedHashMap<>();
  /** Per corpus method, its {@code LambdaMetafactory} call sites in instruction order. */
  final Map<MethodRef, List<Indy>> indys = new LinkedHashMap<>();
  /** For each lambda implementation method of the corpus, the methods whose code creates it. */
  final Map<MethodRef, List<Call>> lambdaCreators = new LinkedHashMap<>();

  private final Map<MethodRef, List<Target>> dispatchCache = new HashMap<>();
  private final ReceiverTypes receivers;

  BytecodeGraph(ClassFiles classes) {
    this.classes = classes;
    this.receivers = new ReceiverTypes();
    for (ClassNode type : classes.corpus.values()) {
      for (MethodNode method : type.methods) {
        if (method.instructions.size() > 0) {
          scan(type, method);
        }
      }
    }
  }

  private void scan(ClassNode type, MethodNode method) {
    MethodRef caller = new MethodRef(type.name, method.name, method.desc);
    Map<MethodRef, Call> out = new LinkedHashMap<>();
    int line = 0;
    for (AbstractInsnNode instruction : method.instructions) {
      if (instruction instanceof LineNumberNode number) {
        line = number.line;
      } else if (instruction instanceof MethodInsnNode call) {
        invoke(type, method, call, line, out);
      } else if (instruction instanceof InvokeDynamicInsnNode indy) {
        lambda(caller, indy, line, out);
      }
    }
    calls.put(caller, new ArrayList<>(out.values()));
  }

  private void invoke(ClassNode type, MethodNode method, MethodInsnNode call, int line, Map<MethodRef, Call> out) {
    if (call.owner.startsWith("[")) {
      return; // clone() of an array
    }
    Origin origin =
        switch (call.getOpcode()) {
          case Opcodes.INVOKESTATIC -> Origin.INVOKESTATIC;
          case Opcodes.INVOKESPECIAL -> Origin.INVOKESPECIAL;
          case Opcodes.INVOKEINTERFACE -> Origin.INVOKEINTERFACE;
          default -> Origin.INVOKEVIRTUAL;
        };
    if (origin == Origin.INVOKESTATIC || origin == Origin.INVOKESPECIAL) {
      MethodRef resolved = classes.resolve(call.owner, call.name, call.desc);
      add(out, new Target(resolved, resolved, Dispatch.RESOLVED), origin, line);
      return;
    }
    // javac names java.lang.Object as the owner of Object's methods whatever the receiver's static
    // type (JLS 13.1), and java.util.Iterator for the iterator of an enhanced for, whatever the
    // iterable's iterator() returns; recover the type from the code so dispatch is bounded as in
    // the source.
    Set<String> owners = new LinkedHashSet<>();
    if (call.owner.equals("java/lang/Object") || call.owner.equals("java/util/Iterator")) {
      for (String receiver : receivers.of(type, method, call)) {
        owners.add(classes.isSubtype(receiver, call.owner) ? receiver : call.owner);
      }
    } else {
      owners.add(call.owner);
    }
    for (String owner : owners) {
      for (Target target : dispatch(owner, call.name, call.desc)) {
        add(out, target, origin, line);
      }
    }
  }

  private void lambda(MethodRef caller, InvokeDynamicInsnNode indy, int line, Map<MethodRef, Call> out) {
    if (!indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
        || indy.bsmArgs.length < 2
        || !(indy.bsmArgs[1] instanceof Handle handle)) {
      return;
    }
    MethodRef implementation = new MethodRef(handle.getOwner(), handle.getName(), handle.getDesc());
    indys.computeIfAbsent(caller, m -> new ArrayList<>()).add(new Indy(implementation, isSyntheticLambda(implementation), line));
    switch (handle.getTag()) {
      case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKEINTERFACE -> {
        for (Target target : dispatch(handle.getOwner(), handle.getName(), handle.getDesc())) {
          add(out, target, Origin.METHOD_REFERENCE, line);
        }
      }
      default -> {
        MethodRef resolved = classes.resolve(handle.getOwner(), handle.getName(), handle.getDesc());
        boolean synthetic = resolved != null && isSyntheticLambda(resolved);
        add(out, new Target(resolved, resolved, Dispatch.RESOLVED), synthetic ? Origin.LAMBDA : Origin.METHOD_REFERENCE, line);
        if (synthetic) {
          lambdaCreators
              .computeIfAbsent(implementation, m -> new ArrayList<>())
              .add(new Call(caller, caller, Origin.LAMBDA, Dispatch.RESOLVED, line));
        }
      }
    }
  }

  private boolean isSyntheticLambda(MethodRef method) {
    ClassNode owner = classes.corpus.get(method.owner());
    if (owner == null || !method.name().startsWith("lambda$")) {
      return false;
    }
    MethodNode node = ClassFiles.declared(owner, method.name(), method.desc());
    return node != null && (node.access & Opcodes.ACC_SYNTHETIC) != 0;
  }

  private void add(Map<MethodRef, Call> out, Target target, Origin origin, int line) {
    MethodRef method = target.method();
    if (method != null && classes.inCorpus(method.owner())) {
      out.putIfAbsent(method, new Call(method, target.declaration(), origin, target.dispatch(), line));
    }
  }

  /** The resolved method and what every corpus subtype of {@code owner} selects for it. */
  private List<Target> dispatch(String owner, String name, String desc) {
    MethodRef key = new MethodRef(owner, name, desc);
    List<Target> cached = dispatchCache.get(key);
    if (cached != null) {
      return cached;
    }
    Set<Target> targets = new LinkedHashSet<>();
    MethodRef resolved = classes.resolve(owner, name, desc);
    if (resolved != null) {
      targets.add(new Target(resolved, resolved, Dispatch.RESOLVED));
      MethodNode declaration = ClassFiles.declared(classes.node(resolved.owner()), name, desc);
      boolean dispatches =
          declaration != null && (declaration.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0;
      if (dispatches) {
        for (String subtype : classes.corpusSubtypes(owner)) {
          ClassNode node = classes.corpus.get(subtype);
          MethodNode own = ClassFiles.declared(node, name, desc);
          if (own != null && (own.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
            MethodRef override = new MethodRef(subtype, name, desc);
            if (!override.equals(resolved)) {
              targets.add(new Target(override, resolved, Dispatch.OVERRIDE));
            }
          } else if ((node.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0) {
            MethodRef selected = classes.select(subtype, name, desc);
            if (selected != null && !selected.equals(resolved)) {
              boolean inCone = classes.isSubtype(selected.owner(), owner);
              targets.add(new Target(selected, resolved, inCone ? Dispatch.OVERRIDE : Dispatch.INHERITED));
            }
          }
        }
      }
    }
    List<Target> result = List.copyOf(targets);
    dispatchCache.put(key, result);
    return result;
  }

  /** The line numbers of a method's code, in order of appearance. */
  static List<Integer> lines(MethodNode method) {
    List<Integer> lines = new ArrayList<>();
    for (AbstractInsnNode instruction : method.instructions) {
      if (instruction instanceof LineNumberNode number) {
        lines.add(number.line);
      }
    }
    return lines;
  }
}
