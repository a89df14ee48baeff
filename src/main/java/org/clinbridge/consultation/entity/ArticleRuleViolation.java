package org.clinbridge.consultation.entity;

import org.clinbridge.platform.problem.ProblemException;

/** An article that breaks a rule of its content: a 422 naming the rule. */
public class ArticleRuleViolation extends ProblemException {
  private ArticleRuleViolation(String slug, Object... args) {
    super(422, slug, slug + ".detail", args);
  }

  /** An article has a title and a body in at least one language, and a title for each body. */
  public static ArticleRuleViolation untitled() {
    return new ArticleRuleViolation("article-text-missing");
  }

  public static ArticleRuleViolation link(String url) {
    return new ArticleRuleViolation("article-link-invalid", url);
  }

  /** Only an answered consultation has an answer to promote. */
  public static ArticleRuleViolation nothingToPromote(java.util.UUID consultation) {
    return new ArticleRuleViolation("article-no-answer", consultation);
  }
}
