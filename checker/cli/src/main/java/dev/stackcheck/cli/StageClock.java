package dev.stackcheck.cli;

import dev.stackcheck.api.Progress;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What the command line shows while an analysis runs: on a terminal, a progress line on standard
 * error ({@code stackcheck: resolving calls 1,204/5,310}) once the run has taken a second,
 * rewritten in place at most ten times a second and erased at the end; and, for {@code --stats},
 * the time spent in each stage. Thread-safe: parsing reports from several threads.
 */
final class StageClock implements Progress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;

  /** One stage and how long it took. */
  record Stage(String name, long nanos) {}

  private final PrintStream terminal;
  private final LongSupplier clock;
  private final long start;
  private final List<Stage> stages = new ArrayList<>();
  private String current;
  private long currentStart;
  private long lastDraw;
  private int drawnWidth;

  /** {@code terminal} is where the progress line goes, or null for none (not a terminal). */
  StageClock(PrintStream terminal, LongSupplier clock) {
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public synchronized void stage(String name) {
    long now = clock.getAsLong();
    close(now);
    current = name;
    currentStart = now;
    draw(now, verb(name) + "...");
    lastDraw = Long.MIN_VALUE / 2; // a new stage's first count is always shown
  }

  @Override
  public synchronized void advance(int done, int total) {
    long now = clock.getAsLong();
    if (now - lastDraw < REDRAW_NANOS && done < total) {
      return;
    }
    String unit = "parse".equals(current) ? "files" : "calls";
    draw(now, String.format(Locale.ROOT, "%s %,d/%,d %s", verb(current), done, total, unit));
  }

  @Override
  public synchronized void finished() {
    close(clock.getAsLong());
    if (terminal != null && drawnWidth > 0) {
      terminal.print("\r" + " ".repeat(drawnWidth) + "\r");
      terminal.flush();
      drawnWidth = 0;
    }
  }

  /** The stages that have ended, in order. */
  synchronized List<Stage> stages() {
    return List.copyOf(stages);
  }

  /** {@code --stats}: one line with the time per stage and in all. */
  synchronized String summary() {
    StringBuilder line = new StringBuilder("stackcheck: time per stage:");
    long all = 0;
    for (Stage stage : stages) {
      line.append(String.format(Locale.ROOT, " %s %.2f s,", stage.name(), stage.nanos() / 1e9));
      all += stage.nanos();
    }
    line.append(String.format(Locale.ROOT, " total %.2f s", all / 1e9));
    return line.toString();
  }

  private void close(long now) {
    if (current != null) {
      stages.add(new Stage(current, now - currentStart));
      current = null;
    }
  }

  private void draw(long now, String text) {
    if (terminal == null || now - start < SHOW_AFTER_NANOS) {
      return;
    }
    String line = "stackcheck: " + text;
    terminal.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    terminal.flush();
    drawnWidth = line.length();
    lastDraw = now;
  }

  private static String verb(String stage) {
    return switch (stage == null ? "" : stage) {
      case "parse" -> "parsing";
      case "index" -> "indexing";
      case "signatures" -> "naming bodies";
      case "hierarchy" -> "resolving the type hierarchy";
      case "slice" -> "finding what can reach @SystemStack code";
      case "calls" -> "resolving";
      case "check" -> "checking";
      default -> stage;
    };
  }
}
