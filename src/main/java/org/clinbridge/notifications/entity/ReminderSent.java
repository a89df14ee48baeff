package org.clinbridge.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * That a reminder went out: its key ({@code <item>:<lead>} or {@code <item>:overdue}) is the
 * primary key, so the same reminder is never written twice, whoever runs the job how often.
 */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent {
  @Id
  @Column(name = "reminder_key", length = 200)
  private String key;

  @Column(nullable = false, length = 60, updatable = false)
  private String kind;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private OffsetDateTime sentAt;

  @Column(name = "notification_id", updatable = false)
  private Long notificationRef;

  protected ReminderSent() {}

  public ReminderSent(String key, String kind, OffsetDateTime sentAt) {
    this.key = Objects.requireNonNull(key, "key");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
  }

  /** The inbox message it became, once that has its id. */
  public void sentAs(Notification n) {
    this.notificationRef = n.id();
  }

  public String key() {
    return key;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }
}
