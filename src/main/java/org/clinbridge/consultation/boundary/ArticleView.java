package org.clinbridge.consultation.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.consultation.entity.Article;
import org.clinbridge.consultation.entity.ArticleStatus;
import org.clinbridge.consultation.entity.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A knowledge-base article. Who wrote it and the consultation it came from are the station's to
 * know: a public reader's view leaves them out.
 */
@Schema(name = "Article")
public record ArticleView(
    UUID id,
    ArticleStatus status,
    String titleZh,
    String titleEn,
    String bodyZh,
    String bodyEn,
    List<Topic> topics,
    List<Link> links,
    @Schema(description = "The station's only: the consultation whose answer it was promoted from")
        UUID sourceConsultation,
    @Schema(description = "The station's only") String author,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime publishedAt,
    long version) {

  @Schema(name = "ArticleLink")
  public record Link(String title, String url) {}

  static ArticleView of(Article a, boolean station) {
    return new ArticleView(
        a.publicId(),
        a.status(),
        a.titleZh(),
        a.titleEn(),
        a.bodyZh(),
        a.bodyEn(),
        a.topics().stream().sorted().toList(),
        a.links().stream().map(l -> new Link(l.title(), l.url())).toList(),
        station && a.sourceConsultation() != null ? a.sourceConsultation().publicId() : null,
        station ? a.author() : null,
        a.createdAt(),
        a.updatedAt(),
        a.publishedAt(),
        a.version());
  }

  /** One search result or suggestion: enough to decide whether to open it. */
  @Schema(name = "ArticleHit")
  public record Hit(
      UUID id,
      ArticleStatus status,
      String titleZh,
      String titleEn,
      @Schema(description = "The start of the body, in the reader's language where there is one")
          String snippet,
      List<Topic> topics,
      @Schema(description = "How many distinct terms of the query it holds") long matched) {
    static final int SNIPPET = 160;

    static Hit of(Article a, long matched, boolean chinese) {
      return new Hit(
          a.publicId(),
          a.status(),
          a.titleZh(),
          a.titleEn(),
          snippet(a.bodyZh(), a.bodyEn(), chinese),
          a.topics().stream().sorted().toList(),
          matched);
    }

    /** A listed article as a result row (the knowledge page lists and searches alike). */
    static Hit of(ArticleView a, boolean chinese) {
      return new Hit(
          a.id(),
          a.status(),
          a.titleZh(),
          a.titleEn(),
          snippet(a.bodyZh(), a.bodyEn(), chinese),
          a.topics(),
          0);
    }

    private static String snippet(String zh, String en, boolean chinese) {
      String body = chinese ? first(zh, en) : first(en, zh);
      return body.length() <= SNIPPET ? body : body.substring(0, SNIPPET) + "…";
    }

    /** The title in the reader's language, else the other. */
    public String title(boolean chinese) {
      return chinese ? first(titleZh, titleEn) : first(titleEn, titleZh);
    }

    private static String first(String a, String b) {
      return a != null ? a : b;
    }
  }
}
