package org.clinbridge.scenes.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;

/**
 * A place a scene runs: a department of the hospital, or (for an imported multi-centre study) a
 * participating facility. Each site has its own progress; the scene's progress is derived from its
 * sites' ({@link Progress#of}). Changed only through its {@link Scene}.
 */
@Entity
@Table(name = "scene_site")
public class SceneSite {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scene_site_seq")
  @SequenceGenerator(name = "scene_site_seq", sequenceName = "scene_site_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scene_id", nullable = false, updatable = false)
  private Scene scene;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private BilingualText name;

  @Column(length = 300)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Progress progress;

  /** Order in which the sites were listed; sequence ids say nothing about order across nodes. */
  @Column(nullable = false)
  private int position;

  protected SceneSite() {}

  SceneSite(Scene scene, BilingualText name, String location, Progress progress, int position) {
    this.publicId = UUID.randomUUID();
    this.scene = scene;
    this.name = Objects.requireNonNull(name, "name");
    this.location = location;
    this.progress = Objects.requireNonNull(progress, "progress");
    this.position = position;
  }

  public UUID publicId() {
    return publicId;
  }

  public BilingualText name() {
    return name;
  }

  public String location() {
    return location;
  }

  public Progress progress() {
    return progress;
  }

  void moveTo(Progress target) {
    this.progress = target;
  }
}
