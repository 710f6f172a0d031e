package dev.stackcheck.crosscheck;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Recovers the static type of a call's receiver from bytecode: the instructions that may have
 * pushed it (ASM's source analysis), read as the declared type of the local variable (the local
 * variable table javac writes), field, method result, cast or allocation. Used where javac's
 * symbolic reference does not carry the receiver's type: calls of {@code Object}'s methods, whose
 * owner is always {@code java/lang/Object} (JLS 13.1). Not thread-safe.
 */
final class ReceiverTypes {
  private static final String OBJECT = "java/lang/Object";
  private static final int MAX_DEPTH = 8;

  private final Map<MethodNode, Frame<SourceValue>[]> frames = new IdentityHashMap<>();

  /** The possible static types of the receiver of {@code call}; its owner if unknown. */
  Set<String> of(ClassNode type, MethodNode method, MethodInsnNode call) {
    Frame<SourceValue>[] analyzed = frames.computeIfAbsent(method, m -> analyze(type, m));
    Set<String> types = new TreeSet<>();
    if (analyzed != null) {
      Frame<SourceValue> frame = analyzed[method.instructions.indexOf(call)];
      if (frame != null) {
        int arguments = Type.getArgumentTypes(call.desc).length;
        collect(type, method, analyzed, frame.getStack(frame.getStackSize() - 1 - arguments), types, 0);
      }
    }
    return types.isEmpty() ? Set.of(call.owner) : types;
  }

  @SuppressWarnings("unchecked")
  private static Frame<SourceValue>[] analyze(ClassNode type, MethodNode method) {
    try {
      return new Analyzer<>(new SourceInterpreter()).analyze(type.name, method);
    } catch (AnalyzerException e) {
      return null;
    }
  }

  private void collect(
      ClassNode type, MethodNode method, Frame<SourceValue>[] analyzed, SourceValue value, Set<String> types, int depth) {
    for (AbstractInsnNode producer : value.insns) {
      String produced = typeOf(type, method, producer);
      if (produced != null) {
        types.add(produced);
        continue;
      }
      int opcode = producer.getOpcode();
      boolean copies = (opcode >= Opcodes.DUP && opcode <= Opcodes.DUP2_X2) || opcode == Opcodes.ASTORE;
      Frame<SourceValue> before = analyzed[method.instructions.indexOf(producer)];
      if (copies && before != null && depth < MAX_DEPTH) {
        collect(type, method, analyzed, before.getStack(before.getStackSize() - 1), types, depth + 1);
      } else if (producer instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD && before != null && depth < MAX_DEPTH) {
        // A local javac declared without a name (the iterator of an enhanced for): what was stored.
        collect(type, method, analyzed, before.getLocal(load.var), types, depth + 1);
      } else if (opcode != Opcodes.ACONST_NULL) {
        types.add(OBJECT);
      }
    }
  }

  /** The type an instruction pushes, or null if it only copies a value (or pushes null). */
  private static String typeOf(ClassNode type, MethodNode method, AbstractInsnNode producer) {
    if (producer instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
      return local(type, method, load);
    }
    if (producer instanceof VarInsnNode store && store.getOpcode() == Opcodes.ASTORE) {
      return null; // the value stored: follow it
    }
    if (producer instanceof TypeInsnNode typed
        && (typed.getOpcode() == Opcodes.NEW || typed.getOpcode() == Opcodes.CHECKCAST)) {
      return typed.desc;
    }
    if (producer instanceof FieldInsnNode field) {
      return internalName(Type.getType(field.desc));
    }
    if (producer instanceof MethodInsnNode call) {
      return internalName(Type.getReturnType(call.desc));
    }
    if (producer instanceof InvokeDynamicInsnNode indy) {
      return internalName(Type.getReturnType(indy.desc));
    }
    if (producer instanceof LdcInsnNode constant) {
      return constant.cst instanceof Type ? "java/lang/Class" : constant.cst instanceof String ? "java/lang/String" : OBJECT;
    }
    return null;
  }

  /** The declared type of a local variable or parameter; null for a local without a declaration. */
  private static String local(ClassNode type, MethodNode method, VarInsnNode load) {
    int at = method.instructions.indexOf(load);
    if (method.localVariables != null) {
      for (LocalVariableNode local : method.localVariables) {
        if (local.index == load.var
            && method.instructions.indexOf(local.start) <= at
            && at < method.instructions.indexOf(local.end)) {
          return internalName(Type.getType(local.desc));
        }
      }
    }
    boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
    if (!isStatic && load.var == 0) {
      return type.name;
    }
    int slot = isStatic ? 0 : 1;
    for (Type parameter : Type.getArgumentTypes(method.desc)) {
      if (slot == load.var) {
        return internalName(parameter);
      }
      slot += parameter.getSize();
    }
    return null;
  }

  private static String internalName(Type type) {
    return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY ? type.getInternalName() : OBJECT;
  }
}
