package org.clinbridge.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the knowledge base's inverted index: a term an article contains and how much it weighs
 * there. Written and deleted only by the control's {@code ArticleIndex}.
 */
@Entity
@Table(name = "kb_term")
@IdClass(ArticleTerm.Key.class)
public class ArticleTerm {
  public static final int MAX_TERM = 64;

  /** The primary key: term, then article (the index a query by term walks). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String term;
    private Long articleId;

    public Key() {}

    public Key(String term, Long articleId) {
      this.term = term;
      this.articleId = articleId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.term, term)
          && Objects.equals(k.articleId, articleId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(term, articleId);
    }
  }

  @Id
  @Column(nullable = false, length = MAX_TERM)
  private String term;

  @Id
  @Column(name = "article_id", nullable = false)
  private Long articleId;

  @Column(nullable = false)
  private int weight;

  /** The article's status, kept here so a search filters by it without reading the article. */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ArticleStatus status;

  protected ArticleTerm() {}

  public ArticleTerm(Article article, String term, int weight) {
    this.articleId = Objects.requireNonNull(article.id(), "article not yet persisted");
    this.term = term;
    this.weight = weight;
    this.status = article.status();
  }

  public String term() {
    return term;
  }

  public Long articleId() {
    return articleId;
  }

  public int weight() {
    return weight;
  }
}
