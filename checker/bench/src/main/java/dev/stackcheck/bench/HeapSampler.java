package dev.stackcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples used heap every few milliseconds while a task runs and remembers the maximum. */
final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Peak used heap in bytes so far. */
  long peak() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
