package org.clinbridge.platform.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.time.DistrictClock;

/**
 * The language a browser session reads the pages in: first the browser's preference (as for the
 * API's {@code Accept-Language}), then whatever the person picks with the language switch. Kept in
 * the session so every page, message and redirect follows it.
 */
@Named
@SessionScoped
public class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale;

  @Inject DistrictClock clock;

  /** An instant as the district reads it: Beijing time, to the minute (the API keeps UTC). */
  public String at(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(clock.zone()));
  }

  /**
   * An instant as the district reads it, {@code yyyy-MM-dd HH:mm} (the API keeps UTC; Faces'
   * date-time converter formats an {@code OffsetDateTime} at its own offset, whatever its {@code
   * timeZone} says).
   */
  public String time(OffsetDateTime at) {
    return at == null ? "" : at(at.toInstant());
  }

  /** The same to the second, {@code yyyy-MM-dd HH:mm:ss}. */
  public String seconds(OffsetDateTime at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .format(at.toInstant().atZone(clock.zone()));
  }

  /** The district's calendar day of an instant, {@code yyyy-MM-dd}. */
  public String day(OffsetDateTime at) {
    return at == null ? "" : at.toInstant().atZone(clock.zone()).toLocalDate().toString();
  }

  public Locale getLocale() {
    if (locale == null) {
      locale = AcceptLanguage.preferred(browserPreference());
    }
    return locale;
  }

  /** The BCP 47 tag for {@code <html lang>}: {@code zh-CN} or {@code en}. */
  public String getTag() {
    return getLocale().toLanguageTag();
  }

  public boolean isChinese() {
    return Messages.CHINESE.equals(getLocale());
  }

  /**
   * Switches to {@code tag} ({@code zh-CN} or {@code en}) and shows the same page again through a
   * redirect, so a reload does not repeat the post and the address keeps its parameters.
   */
  public String use(String tag) {
    locale = Messages.supported(Locale.forLanguageTag(tag));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }

  private static String browserPreference() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null
        ? null
        : faces.getExternalContext().getRequestHeaderMap().get(AcceptLanguage.HEADER);
  }
}
