package org.clinbridge.consultation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A knowledge-base article of the consultation station, in Chinese, English or both, with its
 * topics and the regulation texts it rests on. Written as a DRAFT (by hand or promoted from a
 * consultation's answer), then kept INTERNAL or made PUBLIC; every change goes through the named
 * methods, and whoever changes the texts re-indexes them (the control's {@code ArticleIndex}).
 */
@Entity
@Table(name = "kb_article")
public class Article {
  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20000;

  /**
   * The texts in each language; a language is there with its title and its body, or not at all, and
   * at least one is there.
   */
  public record Texts(String titleZh, String titleEn, String bodyZh, String bodyEn) {
    public Texts {
      titleZh = Consultation.optional("titleZh", titleZh, MAX_TITLE);
      titleEn = Consultation.optional("titleEn", titleEn, MAX_TITLE);
      bodyZh = Consultation.optional("bodyZh", bodyZh, MAX_BODY);
      bodyEn = Consultation.optional("bodyEn", bodyEn, MAX_BODY);
      boolean zh = titleZh != null && bodyZh != null;
      boolean en = titleEn != null && bodyEn != null;
      boolean halfZh = (titleZh == null) != (bodyZh == null);
      boolean halfEn = (titleEn == null) != (bodyEn == null);
      if (!(zh || en) || halfZh || halfEn) {
        throw ArticleRuleViolation.untitled();
      }
    }

    /** Text in one language, put in the field of the language it is written in. */
    public static Texts in(String title, String body) {
      return hasHan(title + body)
          ? new Texts(title, null, body, null)
          : new Texts(null, title, null, body);
    }

    private static boolean hasHan(String s) {
      return s.codePoints()
          .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
  @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ArticleStatus status;

  @Column(name = "title_zh", length = MAX_TITLE)
  private String titleZh;

  @Column(name = "title_en", length = MAX_TITLE)
  private String titleEn;

  @Column(name = "body_zh", length = MAX_BODY)
  private String bodyZh;

  @Column(name = "body_en", length = MAX_BODY)
  private String bodyEn;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "kb_article_topic", joinColumns = @JoinColumn(name = "article_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "topic", length = 40)
  private Set<Topic> topics = EnumSet.noneOf(Topic.class);

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "kb_article_link", joinColumns = @JoinColumn(name = "article_id"))
  @OrderColumn(name = "position")
  private List<RegulationLink> links = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "source_consultation_id", updatable = false)
  private Consultation sourceConsultation;

  @Column(nullable = false, length = 64, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Version private long version;

  protected Article() {}

  /** A new draft. */
  public Article(
      String author,
      Texts texts,
      Collection<Topic> topics,
      List<RegulationLink> links,
      OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.status = ArticleStatus.DRAFT;
    this.author = Objects.requireNonNull(author, "author");
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    edit(texts, topics, links, now);
  }

  /**
   * A draft from a consultation's answer: its subject as the title, the station's last answer to
   * the asker (never an internal note) as the body, in the language they are written in, under the
   * consultation's topic. The asker's name and organisation are not carried over.
   */
  public static Article promotedFrom(Consultation c, String consultant, OffsetDateTime now) {
    List<ConsultationMessage> answers =
        c.messages().stream()
            .filter(m -> m.side() == ConsultationMessage.Side.STATION && !m.internal())
            .toList();
    if (answers.isEmpty()) {
      throw ArticleRuleViolation.nothingToPromote(c.publicId());
    }
    String answer = answers.get(answers.size() - 1).text();
    Article a =
        new Article(
            consultant,
            Texts.in(c.subject(), c.question() + "\n\n" + answer),
            List.of(c.topic()),
            List.of(),
            now);
    a.sourceConsultation = c;
    return a;
  }

  /** New texts, topics and links; the caller re-indexes. */
  public void edit(
      Texts texts, Collection<Topic> topics, List<RegulationLink> links, OffsetDateTime now) {
    Objects.requireNonNull(texts, "texts");
    this.titleZh = texts.titleZh();
    this.titleEn = texts.titleEn();
    this.bodyZh = texts.bodyZh();
    this.bodyEn = texts.bodyEn();
    this.topics.clear();
    this.topics.addAll(topics == null ? List.of() : topics);
    this.links.clear();
    this.links.addAll(links == null ? List.of() : links);
    this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Draft, internal or public; the first publication is remembered. */
  public void moveTo(ArticleStatus target, OffsetDateTime now) {
    Objects.requireNonNull(target, "status");
    this.status = target;
    if (target == ArticleStatus.PUBLIC && publishedAt == null) {
      this.publishedAt = now.truncatedTo(ChronoUnit.MICROS);
    }
    this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** The texts with their weight in the index: titles count more than bodies. */
  public Map<String, Integer> weightedTexts() {
    Map<String, Integer> m = new LinkedHashMap<>();
    add(m, titleZh, 5);
    add(m, titleEn, 5);
    add(m, bodyZh, 1);
    add(m, bodyEn, 1);
    return m;
  }

  private static void add(Map<String, Integer> m, String text, int weight) {
    if (text != null) {
      m.merge(text, weight, Integer::sum);
    }
  }

  /** What the audit trail keeps of it. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status.name());
    if (titleZh != null) {
      m.put("titleZh", titleZh);
    }
    if (titleEn != null) {
      m.put("titleEn", titleEn);
    }
    m.put("topics", topics.stream().map(Enum::name).sorted().toList());
    return m;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public ArticleStatus status() {
    return status;
  }

  public String titleZh() {
    return titleZh;
  }

  public String titleEn() {
    return titleEn;
  }

  public String bodyZh() {
    return bodyZh;
  }

  public String bodyEn() {
    return bodyEn;
  }

  public Set<Topic> topics() {
    return EnumSet.copyOf(topics.isEmpty() ? EnumSet.noneOf(Topic.class) : topics);
  }

  public List<RegulationLink> links() {
    return List.copyOf(links);
  }

  public Consultation sourceConsultation() {
    return sourceConsultation;
  }

  public String author() {
    return author;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public long version() {
    return version;
  }
}
