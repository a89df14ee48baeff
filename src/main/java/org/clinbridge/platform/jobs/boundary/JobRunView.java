package org.clinbridge.platform.jobs.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.platform.jobs.control.JobRunner;
import org.clinbridge.platform.jobs.entity.JobRun;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One run of a job. */
@Schema(name = "JobRun")
public record JobRunView(
    UUID id,
    String job,
    @Schema(description = "The schedule tick it ran for; absent for a run asked for by hand")
        OffsetDateTime tick,
    String instance,
    OffsetDateTime startedAt,
    long durationMs,
    @Schema(enumeration = {"SUCCEEDED", "FAILED"}) String outcome,
    String summary) {
  public static JobRunView of(JobRun r) {
    return new JobRunView(
        r.publicId(),
        r.job(),
        r.tick(),
        r.instance(),
        r.startedAt(),
        r.durationMs(),
        r.outcome(),
        r.summary());
  }

  public static JobRunView of(JobRunner.Run r) {
    return new JobRunView(
        r.id(),
        r.job(),
        r.tick(),
        r.instance(),
        r.startedAt(),
        r.durationMs(),
        r.outcome().name(),
        r.summary());
  }
}
