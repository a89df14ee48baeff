package org.clinbridge.platform.jobs.boundary;

import java.time.OffsetDateTime;
import org.clinbridge.platform.jobs.control.Jobs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job: its schedule, its last run and when it runs next (UTC). */
@Schema(name = "Job")
public record JobView(
    String name,
    @Schema(description = "Seconds between ticks") long intervalSeconds,
    JobRunView lastRun,
    @Schema(description = "Start of the next tick; absent when jobs are off on this instance")
        OffsetDateTime nextRun) {
  public static JobView of(Jobs.Status s) {
    return new JobView(
        s.job().name(),
        s.job().interval().toSeconds(),
        s.last().map(JobRunView::of).orElse(null),
        s.nextRun());
  }
}
