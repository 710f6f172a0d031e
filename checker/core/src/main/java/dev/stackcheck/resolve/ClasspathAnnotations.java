package dev.stackcheck.resolve;

import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * {@code @SystemStack} and {@code @Trampoline} found in compiled classes on the classpath (S3.5).
 * JavaParser's model of compiled methods has no annotations, so the class files are read with ASM.
 * Only class files that mention the annotations' package are parsed. Immutable once built;
 * thread-safe.
 */
public final class ClasspathAnnotations {
  private static final String SYSTEM_STACK = "Ldev/stackcheck/annotations/SystemStack;";
  private static final String TRAMPOLINE = "Ldev/stackcheck/annotations/Trampoline;";
  private static final byte[] MARKER = "dev/stackcheck/annotations/".getBytes(StandardCharsets.UTF_8);

  /** What the annotations say about one compiled method or constructor. */
  public record MethodFacts(
      String signature,
      String name,
      int arity,
      boolean constructor,
      boolean systemStack,
      boolean trampoline,
      BitSet systemStackParameters) {}

  private final Map<String, MethodFacts> methods;
  private final Map<String, List<MethodFacts>> systemStackByName;
  private final List<InputError> errors;

  private ClasspathAnnotations(Map<String, MethodFacts> methods, List<InputError> errors) {
    this.methods = methods;
    this.errors = List.copyOf(errors);
    Map<String, List<MethodFacts>> byName = new HashMap<>();
    for (MethodFacts facts : methods.values()) {
      if (facts.systemStack()) {
        byName.computeIfAbsent(facts.name(), n -> new ArrayList<>()).add(facts);
      }
    }
    byName.values().forEach(list -> list.sort((a, b) -> a.signature().compareTo(b.signature())));
    this.systemStackByName = byName;
  }

  public static ClasspathAnnotations empty() {
    return new ClasspathAnnotations(Map.of(), List.of());
  }

  /** Scans jars and class folders. Entries that do not exist are skipped, as javac does. */
  public static ClasspathAnnotations scan(List<Path> classpath) {
    Map<String, MethodFacts> methods = new HashMap<>();
    List<InputError> errors = new ArrayList<>();
    for (Path entry : classpath) {
      try {
        if (Files.isDirectory(entry)) {
          try (Stream<Path> files = Files.walk(entry)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
              read(Files.readAllBytes(file), methods);
            }
          }
        } else if (Files.isRegularFile(entry)) {
          try (ZipFile zip = new ZipFile(entry.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
              ZipEntry zipEntry = e.nextElement();
              if (zipEntry.getName().endsWith(".class") && !zipEntry.getName().startsWith("META-INF/")) {
                try (InputStream in = zip.getInputStream(zipEntry)) {
                  read(in.readAllBytes(), methods);
                }
              }
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        errors.add(new InputError(new Location(entry, 1, 1), "cannot read classpath entry: " + e.getMessage()));
      }
    }
    return new ClasspathAnnotations(methods, errors);
  }

  public boolean isEmpty() {
    return methods.isEmpty();
  }

  /** Facts for a compiled method by its signature ({@link TypeNames#externalSignature}), or null. */
  public MethodFacts lookup(String signature) {
    return methods.get(signature);
  }

  public boolean isSystemStack(String signature) {
    MethodFacts facts = methods.get(signature);
    return facts != null && facts.systemStack();
  }

  /**
   * Compiled {@code @SystemStack} methods with this name, and constructors of classes with this
   * simple name (for calls that could not be resolved).
   */
  public List<MethodFacts> systemStackMethodsNamed(String name) {
    return systemStackByName.getOrDefault(name, Collections.emptyList());
  }

  /** Names of compiled {@code @SystemStack} methods (constructors excluded). */
  public java.util.Set<String> systemStackMethodNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (MethodFacts facts : methods.values()) {
      if (facts.systemStack() && !facts.constructor()) {
        names.add(facts.name());
      }
    }
    return names;
  }

  /** Names of compiled trampolines ({@code @Trampoline} or with a {@code @SystemStack} parameter). */
  public java.util.Set<String> trampolineNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (MethodFacts facts : methods.values()) {
      if (facts.trampoline() || !facts.systemStackParameters().isEmpty()) {
        names.add(facts.name());
      }
    }
    return names;
  }

  /** Simple names of compiled classes that have a {@code @SystemStack} constructor. */
  public java.util.Set<String> systemStackConstructorTypes() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (MethodFacts facts : methods.values()) {
      if (facts.systemStack() && facts.constructor()) {
        names.add(facts.name());
      }
    }
    return names;
  }

  /** Classpath entries that could not be read. */
  public List<InputError> errors() {
    return errors;
  }

  private static void read(byte[] bytes, Map<String, MethodFacts> into) {
    if (!contains(bytes, MARKER)) {
      return;
    }
    new ClassReader(bytes).accept(new Collector(into), ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Reads one class file's annotated methods. */
  private static final class Collector extends ClassVisitor {
    private final Map<String, MethodFacts> into;
    private final List<Object[]> pending = new ArrayList<>();
    private String internalName;
    private String typeName;
    private String simpleName;
    private boolean typeSystemStack;
    /** An inner (non-static member) class: its constructors take the outer instance first. */
    private boolean inner;

    Collector(Map<String, MethodFacts> into) {
      super(Opcodes.ASM9);
      this.into = into;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      internalName = name;
      typeName = name.replace('/', '.').replace('$', '.');
      simpleName = typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      if (descriptor.equals(SYSTEM_STACK)) {
        typeSystemStack = true;
      }
      return null;
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
      if (name.equals(internalName) && outerName != null && (access & Opcodes.ACC_STATIC) == 0) {
        inner = true;
      }
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0 || name.equals("<clinit>")) {
        return null;
      }
      boolean[] flags = new boolean[2];
      BitSet parameters = new BitSet();
      int[] annotableParameters = {-1};
      pending.add(new Object[] {access, name, descriptor, flags, parameters, annotableParameters});
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public void visitAnnotableParameterCount(int count, boolean visible) {
          annotableParameters[0] = count;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          if (annotation.equals(SYSTEM_STACK)) {
            flags[0] = true;
          } else if (annotation.equals(TRAMPOLINE)) {
            flags[1] = true;
          }
          return null;
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
          if (annotation.equals(SYSTEM_STACK)) {
            parameters.set(parameter);
          }
          return null;
        }
      };
    }

    @Override
    public void visitEnd() {
      for (Object[] method : pending) {
        int access = (Integer) method[0];
        String name = (String) method[1];
        String descriptor = (String) method[2];
        boolean[] flags = (boolean[]) method[3];
        BitSet parameters = (BitSet) method[4];
        int annotableParameters = ((int[]) method[5])[0];
        boolean systemStack = flags[0] || typeSystemStack;
        if (!systemStack && !flags[1] && parameters.isEmpty()) {
          continue;
        }
        Type[] arguments = Type.getArgumentTypes(descriptor);
        // The source signature of an inner class's constructor has no outer-instance parameter.
        int hidden = inner && name.equals("<init>") && arguments.length > 0 ? 1 : 0;
        if (hidden > 0 && annotableParameters != arguments.length - hidden) {
          parameters = parameters.get(hidden, Math.max(hidden, parameters.length()));
        }
        List<String> types = new ArrayList<>();
        for (int i = hidden; i < arguments.length; i++) {
          String type = arguments[i].getClassName().replace('$', '.');
          if (i == arguments.length - 1 && (access & Opcodes.ACC_VARARGS) != 0 && type.endsWith("[]")) {
            type = type.substring(0, type.length() - 2) + "...";
          }
          types.add(type);
        }
        String methodName = name.equals("<init>") ? simpleName : name;
        String key = TypeNames.signature(typeName, methodName, types);
        into.put(key, new MethodFacts(key, methodName, types.size(), name.equals("<init>"), systemStack, flags[1], parameters));
      }
    }
  }
}
