package dev.stackcheck.baseline;

import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import java.util.List;

/**
 * A report with the baseline applied.
 *
 * @param report the report without the violations the baseline accepts; its exit code is the run's
 * @param accepted the violations the baseline matched, not reported
 * @param stale entries of the baseline (within the analyzed inputs) that matched no violation: the
 *     code was fixed or moved, and the entry can be removed
 */
public record BaselineResult(Report report, List<Violation> accepted, List<BaselineEntry> stale) {
  public BaselineResult {
    accepted = List.copyOf(accepted);
    stale = List.copyOf(stale);
  }
}
