package dev.stackcheck.incremental;

import com.github.javaparser.JavaToken;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.resolve.Restorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the resolutions of the unchanged members of an edited file. Applies only when the edit
 * left every declaration outside method bodies as it was (the same tokens, comments aside) and
 * nothing else changed in the same update: then a member (method, constructor, field, enum
 * constant) whose tokens are also unchanged resolves exactly as before, and so do the lambdas and
 * anonymous class methods inside it. Initializers, which gather several members, and implicit
 * constructors are always resolved again; so is a body whose earlier results mention a line
 * number (which an edit above it may have moved). Not thread-safe.
 */
public final class BodyReuse implements Restorer {
  private final Map<String, Body> before = new HashMap<>();
  private final Map<Node, Boolean> sameMember = new IdentityHashMap<>();
  private final FileIndex old;
  private final FileIndex fresh;
  private Boolean sameNames;
  private int restored;

  private BodyReuse(FileIndex old, FileIndex fresh) {
    this.old = old;
    this.fresh = fresh;
  }

  /** The reuse between two versions of a file, or {@link Restorer#NONE} if their declarations differ. */
  public static Restorer between(FileIndex old, FileIndex fresh) {
    if (!FileInterface.stub(old.unit()).equals(FileInterface.stub(fresh.unit()))) {
      return Restorer.NONE;
    }
    List<Node> oldMembers = members(old.unit());
    List<Node> newMembers = members(fresh.unit());
    if (oldMembers.size() != newMembers.size()) {
      return Restorer.NONE;
    }
    BodyReuse reuse = new BodyReuse(old, fresh);
    for (int i = 0; i < newMembers.size(); i++) {
      reuse.sameMember.put(newMembers.get(i), tokens(oldMembers.get(i)).equals(tokens(newMembers.get(i))));
    }
    for (Body body : old.bodies()) {
      reuse.before.putIfAbsent(body.signature(), body);
    }
    return reuse;
  }

  /** How many bodies were restored (for tests). */
  public int restored() {
    return restored;
  }

  @Override
  public boolean restore(Body body) {
    if (sameNames == null) {
      // A fallback result depends on every method of its name, including those of local and
      // anonymous classes inside bodies; the signatures are assigned by the time this runs.
      sameNames = FileInterface.byName(old).equals(FileInterface.byName(fresh));
    }
    if (!sameNames
        || body.kind() == Body.Kind.STATIC_INIT
        || body.kind() == Body.Kind.INSTANCE_INIT
        || body.kind() == Body.Kind.DEFAULT_CONSTRUCTOR
        || !Boolean.TRUE.equals(sameMember.get(memberOf(body.node())))) {
      return false;
    }
    Body old = before.get(body.signature());
    if (old == null || old.kind() != body.kind() || old.sites().size() != body.sites().size()) {
      return false;
    }
    for (int i = 0; i < body.sites().size(); i++) {
      CallSite was = old.sites().get(i);
      Resolution resolution = was.resolution();
      if (was.kind() != body.sites().get(i).kind()
          || (resolution != null && resolution.reason() != null && resolution.reason().contains("line"))) {
        return false;
      }
    }
    for (int i = 0; i < body.sites().size(); i++) {
      body.sites().get(i).resolution(old.sites().get(i).resolution());
    }
    if (body.kind() == Body.Kind.LAMBDA && old.systemStack() && !body.systemStack()) {
      body.markSystemStack(); // set by the deferred phase, which a restored creator skips
    }
    restored++;
    return true;
  }

  /** The member declarations of named types, in source order. */
  private static List<Node> members(CompilationUnit unit) {
    List<Node> members = new ArrayList<>();
    List<TypeDeclaration<?>> types = new ArrayList<>(unit.getTypes());
    for (int i = 0; i < types.size(); i++) {
      TypeDeclaration<?> type = types.get(i);
      if (type instanceof EnumDeclaration enumeration) {
        members.addAll(enumeration.getEntries());
      }
      for (BodyDeclaration<?> member : type.getMembers()) {
        if (member instanceof TypeDeclaration<?> nested) {
          types.add(nested);
        } else {
          members.add(member);
        }
      }
    }
    return members;
  }

  private Node memberOf(Node node) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (sameMember.containsKey(current)) {
        return current;
      }
    }
    return null;
  }

  private static String tokens(Node node) {
    TokenRange range = node.getTokenRange().orElse(null);
    if (range == null) {
      return node.toString();
    }
    StringBuilder text = new StringBuilder();
    for (JavaToken token : range) {
      if (!token.getCategory().isWhitespaceOrComment()) {
        text.append(token.getText()).append(' ');
      }
    }
    return text.toString();
  }
}
