package org.clinbridge.platform.pages;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import org.clinbridge.platform.i18n.Messages;

/**
 * The page texts in the session's language. Pages read them as {@code #{ui['key']}}; Java code
 * (page messages) through {@link #text}. The bundle is loaded as {@link Messages} loads every
 * bundle, without falling back to the server's default locale, so English pages stay English on a
 * server whose default locale is Chinese.
 */
@RequestScoped
public class UiTexts {
  @Inject Language language;

  @Produces
  @Named("ui")
  @Dependent
  ResourceBundle bundle() {
    return messages().bundle();
  }

  public String text(String key, Object... args) {
    return messages().text(key, args);
  }

  private Messages messages() {
    return Messages.ui(language.getLocale());
  }
}
