package org.clinbridge.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinbridge.consultation.control.Articles;
import org.clinbridge.consultation.control.Consultations;
import org.clinbridge.consultation.entity.Article;
import org.clinbridge.consultation.entity.ArticleStatus;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consultation station's knowledge base. Public articles are read and searched by anyone,
 * without signing in (the station's answers are for the whole district); drafts and internal
 * articles are the station's. Consultants write, edit and publish; each change is audited and
 * re-indexes the article in the same transaction, so search never finds a text that is not there.
 * Reads run without a transaction: the suggestions are called as an asker types.
 */
@Boundary
@Path("knowledge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "consultation")
public class ArticlesResource {
  /** Suggestions shown while a question is typed. */
  static final int SUGGESTIONS = 5;

  static final int MAX_HITS = 50;

  @Inject Articles articles;
  @Inject Consultations consultations;
  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @Path("articles")
  @PermitAll
  @Transactional(Transactional.TxType.SUPPORTS)
  @Operation(
      summary = "Articles, newest first: public ones for anyone, every status for the station",
      operationId = "listArticles")
  @APIResponse(
      responseCode = "200",
      description = "One page of articles",
      content = @Content(schema = @Schema(ref = "Article")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ArticleView> list(
      @QueryParam("status") ArticleStatus status,
      @QueryParam("topic") Topic topic,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    boolean station = articles.station();
    return Page.of(
        articles.list(status, topic, page),
        page.limit(),
        a -> ArticleView.of(a, station),
        Articles::cursorOf);
  }

  @GET
  @Path("search")
  @PermitAll
  @Transactional(Transactional.TxType.SUPPORTS)
  @Operation(
      summary = "Articles ranked for a query in Chinese or English",
      description =
          "Chinese is matched by its two-character words (a two-character query finds every article"
              + " holding it), English by stems. Ranked by the number of distinct query terms an"
              + " article holds, then their weight (titles count more).",
      operationId = "searchArticles")
  @APIResponse(
      responseCode = "200",
      description = "The matching articles, best first",
      content = @Content(schema = @Schema(ref = "ArticleHit")),
      extensions = @Extension(name = Documented.LIST, value = "true"))
  public List<ArticleView.Hit> search(
      @Parameter(required = true) @QueryParam("q") String q,
      @QueryParam("status") ArticleStatus status,
      @QueryParam("topic") Topic topic,
      @Parameter(description = "At most this many, 1-50 (default 20)") @QueryParam("limit")
          Integer limit,
      @Context HttpHeaders headers) {
    int n = limit == null ? 20 : limit;
    if (n < 1 || n > MAX_HITS) {
      throw ProblemException.invalidField("limit", "paging.limit.range", 1, MAX_HITS);
    }
    return find(q, status, topic, n, AcceptLanguage.of(headers));
  }

  /** The use case behind {@link #search} and the knowledge page. */
  @PermitAll
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ArticleView.Hit> find(
      String q, ArticleStatus status, Topic topic, int limit, Locale locale) {
    return hits(q, status, topic, Articles.Mode.SEARCH, limit, locale);
  }

  @GET
  @Path("suggestions")
  @PermitAll
  @Transactional(Transactional.TxType.SUPPORTS)
  @Operation(
      summary = "Public articles that may already answer a question being typed (at most 5)",
      description = "Called by the ask page as the asker types; an empty text suggests nothing.",
      operationId = "suggestArticles")
  @APIResponse(
      responseCode = "200",
      description = "The suggested public articles",
      content = @Content(schema = @Schema(ref = "ArticleHit")),
      extensions = @Extension(name = Documented.LIST, value = "true"))
  public List<ArticleView.Hit> suggestions(
      @QueryParam("text") String text,
      @QueryParam("topic") Topic topic,
      @Context HttpHeaders headers) {
    return suggest(text, topic, AcceptLanguage.of(headers));
  }

  /** The use case behind {@link #suggestions} and the ask page: only public articles. */
  @PermitAll
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ArticleView.Hit> suggest(String text, Topic topic, Locale locale) {
    return hits(text, ArticleStatus.PUBLIC, topic, Articles.Mode.SUGGEST, SUGGESTIONS, locale);
  }

  private List<ArticleView.Hit> hits(
      String text,
      ArticleStatus status,
      Topic topic,
      Articles.Mode mode,
      int limit,
      Locale locale) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    // A question is at most 4000 characters; anything longer is cut, not refused, as it is typed.
    String t = text.length() > 4000 ? text.substring(0, 4000) : text;
    boolean chinese = "zh".equals(locale.getLanguage());
    return articles.search(t, status, topic, mode, limit).stream()
        .map(h -> ArticleView.Hit.of(h.article(), h.matched(), chinese))
        .toList();
  }

  @GET
  @Path("articles/{id}")
  @PermitAll
  @Transactional(Transactional.TxType.SUPPORTS)
  @Operation(
      summary = "One article with its ETag; drafts and internal ones for the station only",
      operationId = "getArticle")
  @APIResponse(
      responseCode = "200",
      description = "The article",
      content = @Content(schema = @Schema(ref = "Article")))
  public Response get(@PathParam("id") String id) {
    return ok(articles.visible(id));
  }

  /** The use case behind {@link #get} and the article page. */
  @PermitAll
  @Transactional(Transactional.TxType.SUPPORTS)
  public ArticleView view(String id) {
    return ArticleView.of(articles.visible(id), articles.station());
  }

  @POST
  @Path("articles")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(summary = "Write a draft article", operationId = "createArticle")
  @APIResponse(
      responseCode = "201",
      description = "The new draft article",
      content = @Content(schema = @Schema(ref = "Article")))
  public Response create(@Valid @NotNull ArticleForms.Write form) {
    return created(write(form));
  }

  /** 201 with the article's address and ETag: a new draft, written or promoted. */
  static Response created(ArticleView a) {
    return ETags.created(URI.create("knowledge/articles/" + a.id()), a, a.version());
  }

  /** The use case behind {@link #create} and the editor page. */
  @RolesAllowed(Roles.CONSULTANT)
  public ArticleView write(@Valid @NotNull ArticleForms.Write form) {
    Article a =
        new Article(
            caller.username(), form.texts(), form.topics(), form.regulationLinks(), clock.now());
    em.persist(a);
    articles.index(a);
    return done(a, "written", Map.of());
  }

  @PUT
  @Path("articles/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(
      summary = "Rewrite an article's texts, topics and links (If-Match required)",
      operationId = "updateArticle")
  @APIResponse(
      responseCode = "200",
      description = "The rewritten article",
      content = @Content(schema = @Schema(ref = "Article")))
  public Response edit(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ArticleForms.Write form) {
    return ok(rewrite(id, ifMatch, form));
  }

  /** The use case behind {@link #edit} and the editor page. */
  @RolesAllowed(Roles.CONSULTANT)
  public ArticleView rewrite(String id, String ifMatch, @Valid @NotNull ArticleForms.Write form) {
    Article a = articles.visible(id);
    ETags.requireMatch(ifMatch, a.version());
    Map<String, Object> before = a.snapshot();
    a.edit(form.texts(), form.topics(), form.regulationLinks(), clock.now());
    articles.index(a);
    return done(a, "edited", before);
  }

  @POST
  @Path("articles/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(
      summary = "Make an article a draft, internal or public (If-Match required)",
      description = "PUBLIC makes it readable and searchable by anyone, without signing in.",
      operationId = "setArticleStatus")
  @APIResponse(
      responseCode = "200",
      description = "The article in its new status",
      content = @Content(schema = @Schema(ref = "Article")))
  public Response status(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ArticleForms.Status form) {
    return ok(move(id, ifMatch, form.status()));
  }

  /** The use case behind {@link #status} and the editor page. */
  @RolesAllowed(Roles.CONSULTANT)
  public ArticleView move(String id, String ifMatch, ArticleStatus target) {
    Article a = articles.visible(id);
    ETags.requireMatch(ifMatch, a.version());
    Map<String, Object> before = a.snapshot();
    a.moveTo(target, clock.now());
    articles.restatus(a);
    return done(a, "status", before);
  }

  /**
   * A draft article from a consultation's answer (consultants): the use case behind {@code POST
   * /api/consultations/{id}/article} and the consultation page's "promote" button.
   */
  @RolesAllowed(Roles.CONSULTANT)
  public ArticleView promote(String consultationId) {
    Article a =
        Article.promotedFrom(consultations.visible(consultationId), caller.username(), clock.now());
    em.persist(a);
    articles.index(a);
    return done(a, "promoted", Map.of());
  }

  private Response ok(Article a) {
    return ok(ArticleView.of(a, articles.station()));
  }

  private static Response ok(ArticleView a) {
    return ETags.ok(a, a.version());
  }

  /** Flushes (the version moves), audits under the station's organisation, answers the view. */
  private ArticleView done(Article a, String action, Map<String, Object> before) {
    em.flush();
    changed.fire(
        new Changed(
            Articles.ENTITY,
            a.publicId().toString(),
            action,
            before,
            a.snapshot(),
            null,
            caller.organisationRef()));
    return ArticleView.of(a, true);
  }
}
