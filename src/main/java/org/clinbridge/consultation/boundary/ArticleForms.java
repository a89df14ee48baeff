package org.clinbridge.consultation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.clinbridge.consultation.entity.Article;
import org.clinbridge.consultation.entity.ArticleStatus;
import org.clinbridge.consultation.entity.RegulationLink;
import org.clinbridge.consultation.entity.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the knowledge-base use cases. */
public final class ArticleForms {
  private ArticleForms() {}

  @Schema(
      name = "ArticleForm",
      description =
          "Chinese, English or both: a language is given with its title and its body, or not at all")
  public record Write(
      @Size(max = Article.MAX_TITLE) String titleZh,
      @Size(max = Article.MAX_TITLE) String titleEn,
      @Size(max = Article.MAX_BODY) String bodyZh,
      @Size(max = Article.MAX_BODY) String bodyEn,
      Set<Topic> topics,
      @Size(max = 20) List<@Valid @NotNull Link> links) {

    Article.Texts texts() {
      return new Article.Texts(titleZh, titleEn, bodyZh, bodyEn);
    }

    List<RegulationLink> regulationLinks() {
      return links == null
          ? List.of()
          : links.stream().map(l -> new RegulationLink(l.title(), l.url())).toList();
    }
  }

  @Schema(
      name = "ArticleLinkForm",
      description = "A regulation text: its title and its http(s) address")
  public record Link(
      @NotBlank @Size(max = RegulationLink.MAX_TITLE) String title,
      @NotBlank @Size(max = RegulationLink.MAX_URL) String url) {}

  @Schema(name = "ArticleStatusForm")
  public record Status(@NotNull ArticleStatus status) {}
}
