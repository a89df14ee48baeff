package org.clinbridge.platform.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One run of a job, as {@code JobRunner} recorded it (over JDBC, which is why this entity is only
 * read: it has no generator and no setters).
 */
@Entity
@Table(name = "job_run")
public class JobRun {
  @Id private Long id;

  @Column(name = "public_id")
  private UUID publicId;

  private String job;
  private OffsetDateTime tick;
  private String instance;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "duration_ms")
  private long durationMs;

  private String outcome;
  private String summary;

  protected JobRun() {}

  public UUID publicId() {
    return publicId;
  }

  public String job() {
    return job;
  }

  public OffsetDateTime tick() {
    return tick;
  }

  public String instance() {
    return instance;
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public long durationMs() {
    return durationMs;
  }

  public String outcome() {
    return outcome;
  }

  public String summary() {
    return summary;
  }
}
