package dev.stackcheck.crosscheck;

/** A method in class files: internal owner name, name and descriptor. */
record MethodRef(String owner, String name, String desc) implements Comparable<MethodRef> {
  @Override
  public int compareTo(MethodRef other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return owner + "." + name + desc;
  }
}
