package org.clinbridge.consultation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinbridge.consultation.control.Articles;
import org.clinbridge.consultation.entity.ArticleStatus;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.web.ETags;

/**
 * One knowledge-base article (app/article.xhtml?id=): anyone reads a public one; a consultant also
 * edits it (texts in both languages, topics, a regulation link more) and makes it a draft, internal
 * or public. Without an id, a consultant writes a new one. The API's use cases; a stale page is the
 * API's 412, shown on the page.
 */
@Named("articlePage")
@ViewScoped
public class ArticlePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ArticlesResource knowledge;
  @Inject Articles articles;
  @Inject Caller caller;
  @Inject PageMessages messages;

  private String id;
  private long version;
  private String titleZh;
  private String titleEn;
  private String bodyZh;
  private String bodyEn;
  // An array, so the page's check boxes convert each value to a Topic without a converter.
  private Topic[] topics = {};
  private List<ArticleForms.Link> links = new ArrayList<>();
  private String linkTitle;
  private String linkUrl;
  private transient ArticleView shown;

  /** The page's loader: an article the caller may read, or (consultants) a new one. */
  public void load() {
    if (id == null || id.isBlank()) {
      Pages.require(isConsultant());
      return;
    }
    try {
      shown = knowledge.view(id);
    } catch (ProblemException e) {
      Pages.fail(e);
      return;
    }
    version = shown.version();
    titleZh = shown.titleZh();
    titleEn = shown.titleEn();
    bodyZh = shown.bodyZh();
    bodyEn = shown.bodyEn();
    topics = shown.topics().toArray(Topic[]::new);
    links =
        new ArrayList<>(
            shown.links().stream().map(l -> new ArticleForms.Link(l.title(), l.url())).toList());
  }

  public ArticleView getShown() {
    return shown;
  }

  public boolean isConsultant() {
    return caller.signedIn() && caller.has(Role.CONSULTANT);
  }

  /** Saves the texts: a new draft, or the shown article rewritten; the article's page follows. */
  public String save() {
    List<ArticleForms.Link> all = new ArrayList<>(links);
    if (linkTitle != null && !linkTitle.isBlank() || linkUrl != null && !linkUrl.isBlank()) {
      all.add(new ArticleForms.Link(linkTitle, linkUrl));
    }
    Set<Topic> chosen = EnumSet.noneOf(Topic.class);
    chosen.addAll(List.of(topics));
    ArticleForms.Write form = new ArticleForms.Write(titleZh, titleEn, bodyZh, bodyEn, chosen, all);
    try {
      ArticleView saved =
          shown == null
              ? knowledge.write(form)
              : knowledge.rewrite(id, ETags.of(version).toString(), form);
      return again(saved);
    } catch (ProblemException | jakarta.validation.ConstraintViolationException e) {
      return messages.show("edit", e);
    }
  }

  public String publish() {
    return move(ArticleStatus.PUBLIC);
  }

  public String keepInternal() {
    return move(ArticleStatus.INTERNAL);
  }

  public String backToDraft() {
    return move(ArticleStatus.DRAFT);
  }

  private String move(ArticleStatus target) {
    try {
      return again(knowledge.move(id, ETags.of(version).toString(), target));
    } catch (ProblemException e) {
      return messages.show("status", e);
    }
  }

  private static String again(ArticleView a) {
    return "/app/article.xhtml?faces-redirect=true&id=" + a.id();
  }

  public Topic[] getAllTopics() {
    return Topic.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyZh() {
    return bodyZh;
  }

  public void setBodyZh(String bodyZh) {
    this.bodyZh = bodyZh;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public Topic[] getTopics() {
    return topics;
  }

  public void setTopics(Topic[] topics) {
    this.topics = topics == null ? new Topic[0] : topics;
  }

  public List<ArticleForms.Link> getLinks() {
    return links;
  }

  public String getLinkTitle() {
    return linkTitle;
  }

  public void setLinkTitle(String linkTitle) {
    this.linkTitle = linkTitle;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public void setLinkUrl(String linkUrl) {
    this.linkUrl = linkUrl;
  }
}
