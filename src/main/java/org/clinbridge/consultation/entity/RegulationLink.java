package org.clinbridge.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/** A regulation text an article rests on: its title and where to read it (http or https only). */
@Embeddable
public class RegulationLink {
  public static final int MAX_TITLE = 200;
  public static final int MAX_URL = 1000;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "url", nullable = false, length = MAX_URL)
  private String url;

  protected RegulationLink() {}

  public RegulationLink(String title, String url) {
    this.title = Consultation.required("links.title", title, MAX_TITLE);
    String u = Consultation.required("links.url", url, MAX_URL);
    // Only web addresses: a javascript: or file: link would run or leak in the reader's browser.
    try {
      String scheme = new URI(u).getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw ArticleRuleViolation.link(u);
      }
    } catch (URISyntaxException e) {
      throw ArticleRuleViolation.link(u);
    }
    this.url = u;
  }

  public String title() {
    return title;
  }

  public String url() {
    return url;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegulationLink l && l.title.equals(title) && l.url.equals(url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, url);
  }
}
