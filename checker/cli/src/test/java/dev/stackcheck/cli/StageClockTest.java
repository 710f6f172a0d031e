package dev.stackcheck.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line and the per-stage times, driven by a fake clock. */
class StageClockTest {
  private final AtomicLong now = new AtomicLong();
  private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
  private final StageClock clock =
      new StageClock(new PrintStream(shown, true, StandardCharsets.UTF_8), now::get);

  private String terminal() {
    return shown.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickRunsShowNoProgressLine() {
    clock.stage("parse");
    clock.advance(10, 10);
    now.set(500_000_000L);
    clock.stage("resolve");
    clock.finished();

    assertThat(terminal()).isEmpty();
  }

  @Test
  void longRunsShowTheStageAndCountThenEraseTheLine() {
    clock.stage("parse");
    now.set(1_500_000_000L);
    clock.advance(312, 630);
    assertThat(terminal()).contains("stackcheck: parsing 312/630 files");

    now.set(3_000_000_000L);
    clock.stage("calls");
    clock.advance(1_204, 5_310);
    assertThat(terminal()).contains("stackcheck: resolving 1,204/5,310 calls");

    clock.finished();
    assertThat(terminal()).endsWith("\r");
  }

  @Test
  void redrawsAtMostTenTimesASecond() {
    now.set(2_000_000_000L);
    clock.stage("calls");
    clock.advance(1, 100);
    clock.advance(2, 100);
    now.addAndGet(150_000_000L);
    clock.advance(3, 100);

    assertThat(terminal()).doesNotContain("2/100");
    assertThat(terminal()).contains("3/100");
  }

  @Test
  void summaryGivesTheTimeOfEveryStageInOrder() {
    clock.stage("parse");
    now.set(2_000_000_000L);
    clock.stage("resolve");
    now.set(5_500_000_000L);
    clock.stage("check");
    now.set(6_000_000_000L);
    clock.finished();

    assertThat(clock.stages()).hasSize(3);
    assertThat(clock.summary())
        .isEqualTo("stackcheck: time per stage: parse 2.00 s, resolve 3.50 s, check 0.50 s, total 6.00 s");
  }
}
