package org.clinbridge.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts people read, in the two languages ClinBridge speaks. Every visible string lives in a
 * resource bundle under {@code i18n/}; nothing is hard-coded in Java.
 */
public final class Messages {
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(String bundleName, Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            bundleName,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }

  public static Messages problems(Locale locale) {
    return new Messages("i18n.problems", supported(locale));
  }

  /** The texts of the web pages (labels, headings, page messages). */
  public static Messages ui(Locale locale) {
    return new Messages("i18n.ui", supported(locale));
  }

  /** Any bundle under {@code i18n/} by its base name (e.g. {@code projects}). */
  public static Messages of(String bundle, Locale locale) {
    return new Messages("i18n." + bundle, supported(locale));
  }

  /** The same message in both languages, for texts sent to clients that pick the language. */
  public static Bilingual both(String bundle, String key, Object... args) {
    return new Bilingual(of(bundle, CHINESE).text(key, args), of(bundle, ENGLISH).text(key, args));
  }

  /** Maps any locale onto one we have texts for: Chinese of any region to zh-CN, else English. */
  public static Locale supported(Locale requested) {
    return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
  }

  public Locale locale() {
    return locale;
  }

  /** The bundle itself, for the pages' expression language ({@code #{ui['key']}}). */
  public ResourceBundle bundle() {
    return bundle;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(localised(args));
  }

  /**
   * Arguments that are texts in both languages (names kept as data, such as a stage gate's
   * evidence) are shown in the language of the message; an enum value is named by the same bundle's
   * {@code enum.<Type>.<NAME>} (by name, so reordering an enum changes no text), or by its name
   * when the bundle has no label for it.
   */
  private Object[] localised(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Bilingual b) {
        out[i] = CHINESE.equals(locale) ? b.zh() : b.en();
      } else if (out[i] instanceof BilingualText t) {
        out[i] = CHINESE.equals(locale) ? t.zh() : t.en();
      } else if (out[i] instanceof Enum<?> e) {
        out[i] = label(e);
      }
    }
    return out;
  }

  /** The label of an enum value in this bundle, e.g. {@code enum.ProjectStatus.ON_HOLD}. */
  public String label(Enum<?> value) {
    String key = labelKey(value);
    return bundle.containsKey(key) ? bundle.getString(key) : value.name();
  }

  public static String labelKey(Enum<?> value) {
    return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
  }
}
