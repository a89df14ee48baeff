package org.clinbridge.consultation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinbridge.consultation.control.Articles;
import org.clinbridge.consultation.entity.ArticleStatus;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.platform.pages.Language;

/**
 * The knowledge base (app/knowledge.xhtml), open to anyone without signing in: the newest public
 * articles, or those a query finds, best first; the station also sees drafts and internal ones and
 * may filter by status and write a new article. The API's use cases, so the same visibility.
 */
@Named("knowledgePage")
@ViewScoped
public class KnowledgePage implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int LIMIT = 50;

  @Inject ArticlesResource knowledge;
  @Inject Articles articles;
  @Inject Language language;
  @Inject org.clinbridge.platform.security.Caller caller;

  private String q;
  private Topic topic;
  private ArticleStatus status;
  private transient List<ArticleView.Hit> shown;

  public List<ArticleView.Hit> getArticles() {
    if (shown == null) {
      boolean chinese = language.isChinese();
      shown =
          q == null || q.isBlank()
              ? knowledge.list(status, topic, LIMIT, null).items().stream()
                  .map(a -> ArticleView.Hit.of(a, chinese))
                  .toList()
              : knowledge.find(q, status, topic, LIMIT, language.getLocale());
    }
    return shown;
  }

  /** Runs the query again with the form's fields (the list is read on the next render). */
  public void search() {
    shown = null;
  }

  public boolean isStation() {
    return articles.station();
  }

  public boolean isConsultant() {
    return caller.signedIn() && caller.has(org.clinbridge.platform.security.Role.CONSULTANT);
  }

  public Topic[] getTopics() {
    return Topic.values();
  }

  public ArticleStatus[] getStatuses() {
    return ArticleStatus.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public void setStatus(ArticleStatus status) {
    this.status = status;
  }
}
