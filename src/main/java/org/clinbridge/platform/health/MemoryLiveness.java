package org.clinbridge.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless the heap is nearly exhausted even after collection: such an instance only throws
 * OutOfMemoryErrors and is better restarted by its supervisor.
 */
@Liveness
@ApplicationScoped
public class MemoryLiveness implements HealthCheck {
  static final double LIMIT = 0.95;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    double used = (double) heap.getUsed() / max;
    return HealthCheckResponse.named("heap")
        .status(used < LIMIT)
        .withData("usedMiB", heap.getUsed() >> 20)
        .withData("maxMiB", max >> 20)
        .build();
  }
}
