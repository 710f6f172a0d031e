package dev.stackcheck.api;

/**
 * A call site the symbol solver could not resolve precisely.
 *
 * @param location where the call is
 * @param call the call as written, shortened
 * @param candidates how many methods of the analyzed code the fallback connected it to (0: none)
 * @param reason why resolution failed, in a few words
 */
public record UnresolvedSite(Location location, String call, int candidates, String reason)
    implements Comparable<UnresolvedSite> {
  @Override
  public int compareTo(UnresolvedSite other) {
    int byLocation = location.compareTo(other.location);
    return byLocation != 0 ? byLocation : call.compareTo(other.call);
  }
}
