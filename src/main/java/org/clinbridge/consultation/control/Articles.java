package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinbridge.consultation.entity.Article;
import org.clinbridge.consultation.entity.ArticleStatus;
import org.clinbridge.consultation.entity.ArticleTerm;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * The knowledge base: who reads which article, the lists, the index and the ranked search. Public
 * articles are anyone's, signed in or not; drafts and internal articles are the station's
 * (consultants and district administrators); anyone else gets 404 for them, as for an unknown id.
 *
 * <p>Search walks the {@code kb_term} index by its primary key (term, article): one grouped query
 * ranks the candidates by how many distinct query terms they hold, then by the weight of those
 * terms (titles count five times a body), and a second reads the winners. Terms found in more than
 * half of the visible articles (the "医疗" and "器械" of a device district) say little about any one of
 * them and are left out of a query that has better ones.
 */
@ApplicationScoped
public class Articles {
  public static final String ENTITY = "article";
  static final String CURSOR_TAG = "articles";

  /** Below this many readable articles, no term counts as too common to tell them apart. */
  static final long COMMON_RULE_FROM = 20;

  /** A typed question is matched by at most this many of its rarest terms. */
  static final int SUGGEST_TERMS = 8;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** What a search found: the article and how well it matched. */
  public record Hit(Article article, long matched, long score) {}

  /** How strictly a query's terms must match. */
  public enum Mode {
    /** A search box: short queries match whole, longer ones by at least half their terms. */
    SEARCH,
    /** Suggestions while a question is typed: two shared terms are enough to be worth a look. */
    SUGGEST
  }

  /** The station's side reads every status. */
  public boolean station() {
    return caller.signedIn() && (caller.has(Role.CONSULTANT) || caller.isDistrictAdmin());
  }

  /** The statuses the caller may read. */
  public Set<ArticleStatus> readable() {
    return station() ? EnumSet.allOf(ArticleStatus.class) : EnumSet.of(ArticleStatus.PUBLIC);
  }

  public Article visible(String id) {
    Article a = find(id);
    if (!readable().contains(a.status())) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return a;
  }

  /** Newest first, of the statuses the caller may read (narrowed to {@code status} if set). */
  public List<Article> list(ArticleStatus status, Topic topic, PageRequest request) {
    Set<ArticleStatus> statuses = statuses(status);
    if (statuses.isEmpty()) {
      return List.of();
    }
    JpqlWhere where =
        new JpqlWhere()
            .when(true, "a.status in :statuses", "statuses", statuses)
            .ifSet(topic, ":topic member of a.topics", "topic")
            .beforeCreated(request, CURSOR_TAG, "a.createdAt", "a.publicId");
    return where
        .query(
            em,
            "select a from Article a",
            "order by a.createdAt desc, a.publicId desc",
            Article.class)
        // Topics and links of the whole page in one query each, not one per article.
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "a.topics")
        .setHint("eclipselink.batch", "a.links")
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public static Cursor cursorOf(Article a) {
    return JpqlWhere.createdCursor(CURSOR_TAG, a.createdAt(), a.publicId());
  }

  /** The best {@code limit} articles for {@code text}, best first; none for text without terms. */
  public List<Hit> search(String text, ArticleStatus status, Topic topic, Mode mode, int limit) {
    Set<String> terms = ArticleTokens.of(text).keySet();
    if (terms.isEmpty()) {
      return List.of();
    }
    Set<ArticleStatus> statuses = statuses(status);
    if (statuses.isEmpty()) {
      return List.of();
    }
    List<String> telling = telling(terms, statuses, mode);
    int k = telling.size();
    // A search box's short query matches whole, a longer one by half its terms; a question being
    // typed is worth a suggestion when it shares two telling terms with an article, or its only
    // one or two (the first words typed).
    long minimum =
        mode == Mode.SUGGEST ? (k <= 2 ? 1 : 2) : (k <= 2 ? k : Math.max(2, (k + 1) / 2));
    // One index (term, status, article, weight) answers it all: no article is read to rank.
    JpqlWhere where =
        new JpqlWhere()
            .when(true, "t.term in :terms", "terms", telling)
            .when(true, "t.status in :statuses", "statuses", statuses)
            .ifSet(
                topic,
                "exists (select a from Article a where a.id = t.articleId and :topic member of"
                    + " a.topics)",
                "topic");
    List<Object[]> ranked =
        where
            .query(
                em,
                "select t.articleId, count(t), sum(t.weight) from ArticleTerm t",
                "group by t.articleId having count(t) >= "
                    + minimum
                    + " order by count(t) desc, sum(t.weight) desc, t.articleId",
                Object[].class)
            .setMaxResults(limit)
            .getResultList();
    if (ranked.isEmpty()) {
      return List.of();
    }
    Map<Long, Article> byId =
        em
            .createQuery("select a from Article a where a.id in :ids", Article.class)
            .setParameter("ids", ranked.stream().map(r -> (Long) r[0]).toList())
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "a.topics")
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Article::id, Function.identity()));
    List<Hit> hits = new ArrayList<>();
    for (Object[] r : ranked) {
      hits.add(
          new Hit(byId.get((Long) r[0]), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }
    return hits;
  }

  /**
   * The query's terms without those held by more than half of the readable articles, unless that
   * would leave none (then the rarest ones stay); a question typed for suggestions keeps its {@link
   * #SUGGEST_TERMS} rarest terms, so a long question costs what a short one does. Terms no article
   * holds go too: they cannot match.
   */
  private List<String> telling(Set<String> terms, Set<ArticleStatus> statuses, Mode mode) {
    if (terms.size() == 1) {
      return List.copyOf(terms);
    }
    long articles =
        em.createQuery("select count(a) from Article a where a.status in :statuses", Long.class)
            .setParameter("statuses", statuses)
            .getSingleResult();
    Map<String, Long> df = new HashMap<>();
    em.createQuery(
            "select t.term, count(t) from ArticleTerm t where t.term in :terms and t.status in"
                + " :statuses group by t.term",
            Object[].class)
        .setParameter("terms", List.copyOf(terms))
        .setParameter("statuses", statuses)
        .getResultList()
        .forEach(r -> df.put((String) r[0], ((Number) r[1]).longValue()));
    // Among a handful of articles every term is "common": the rule needs enough of them to mean
    // anything.
    long common = articles < COMMON_RULE_FROM ? Long.MAX_VALUE : articles;
    List<String> kept =
        terms.stream()
            .filter(t -> df.getOrDefault(t, 0L) > 0 && df.get(t) * 2 <= common)
            .sorted(Comparator.comparing((String t) -> df.get(t)).thenComparing(t -> t))
            .limit(mode == Mode.SUGGEST ? SUGGEST_TERMS : Long.MAX_VALUE)
            .toList();
    if (!kept.isEmpty()) {
      return kept;
    }
    // Every term no article holds, or all common: the rarest of those some article holds.
    long rarest = df.values().stream().mapToLong(Long::longValue).min().orElse(0);
    return terms.stream()
        .filter(t -> df.getOrDefault(t, 0L) == rarest)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  /** The article's new status, in its term rows too (in the caller's transaction). */
  public void restatus(Article a) {
    em.flush();
    em.createQuery("update ArticleTerm t set t.status = :s where t.articleId = :id")
        .setParameter("s", a.status())
        .setParameter("id", a.id())
        .executeUpdate();
  }

  /** Writes the article's terms afresh (in the caller's transaction; the article is persisted). */
  public void index(Article a) {
    em.flush();
    em.createQuery("delete from ArticleTerm t where t.articleId = :id")
        .setParameter("id", a.id())
        .executeUpdate();
    Map<String, Integer> weights = new HashMap<>();
    a.weightedTexts()
        .forEach(
            (text, weight) ->
                ArticleTokens.of(text)
                    .forEach((term, count) -> weights.merge(term, weight * count, Integer::sum)));
    weights.forEach((term, weight) -> em.persist(new ArticleTerm(a, term, weight)));
  }

  private Set<ArticleStatus> statuses(ArticleStatus status) {
    Set<ArticleStatus> readable = readable();
    if (status == null) {
      return readable;
    }
    return readable.contains(status) ? EnumSet.of(status) : EnumSet.noneOf(ArticleStatus.class);
  }

  private Article find(String id) {
    UUID publicId;
    try {
      publicId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return em.createQuery("select a from Article a where a.publicId = :id", Article.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound(ENTITY, id));
  }
}
