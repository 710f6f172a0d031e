package dev.stackcheck.crosscheck;

/** A call-graph edge between two source bodies, named by their signatures. */
record Edge(String from, String to) implements Comparable<Edge> {
  @Override
  public int compareTo(Edge other) {
    int byFrom = from.compareTo(other.from);
    return byFrom != 0 ? byFrom : to.compareTo(other.to);
  }

  @Override
  public String toString() {
    return from + " -> " + to;
  }
}
