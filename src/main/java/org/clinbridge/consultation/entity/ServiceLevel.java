package org.clinbridge.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * A topic's specialist group and service levels, in the station's working time. Seeded by the
 * migration, revised by administrators.
 */
@Entity
@Table(name = "consultation_service_level")
public class ServiceLevel {
  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private Topic topic;

  @Column(name = "specialist_group", nullable = false, length = 64)
  private String specialistGroup;

  @Column(name = "first_response_minutes", nullable = false)
  private int firstResponseMinutes;

  @Column(name = "next_update_minutes", nullable = false)
  private int nextUpdateMinutes;

  @Column(name = "resolution_minutes", nullable = false)
  private int resolutionMinutes;

  protected ServiceLevel() {}

  public ServiceLevel(
      Topic topic, String group, Duration firstResponse, Duration nextUpdate, Duration resolution) {
    this.topic = topic;
    this.specialistGroup = group;
    this.firstResponseMinutes = (int) firstResponse.toMinutes();
    this.nextUpdateMinutes = (int) nextUpdate.toMinutes();
    this.resolutionMinutes = (int) resolution.toMinutes();
  }

  /** An administrator's new group and levels for the topic; every level is positive. */
  public void revise(
      String group, Duration firstResponse, Duration nextUpdate, Duration resolution) {
    for (Duration d : new Duration[] {firstResponse, nextUpdate, resolution}) {
      if (d == null || d.toMinutes() <= 0) {
        throw ConsultationRuleViolation.level(d);
      }
    }
    this.specialistGroup = Consultation.required("specialistGroup", group, Specialist.MAX_GROUP);
    this.firstResponseMinutes = (int) firstResponse.toMinutes();
    this.nextUpdateMinutes = (int) nextUpdate.toMinutes();
    this.resolutionMinutes = (int) resolution.toMinutes();
  }

  public Topic topic() {
    return topic;
  }

  public String specialistGroup() {
    return specialistGroup;
  }

  public Duration firstResponse() {
    return Duration.ofMinutes(firstResponseMinutes);
  }

  public Duration nextUpdate() {
    return Duration.ofMinutes(nextUpdateMinutes);
  }

  public Duration resolution() {
    return Duration.ofMinutes(resolutionMinutes);
  }
}
