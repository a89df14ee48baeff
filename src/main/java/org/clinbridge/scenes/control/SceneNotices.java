package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinbridge.notifications.control.Notifier;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.scenes.entity.Application;
import org.clinbridge.scenes.entity.ApplicationMessage;

/**
 * Who hears of what happens to an application: the hospital when one arrives, is withdrawn or gets
 * a message from the applicant; the applicant when the hospital moves it or writes. Texts come from
 * the ui bundles, in both languages.
 */
@ApplicationScoped
public class SceneNotices {
  @Inject Notifier notifier;

  public void submitted(Application a) {
    toHospital(a, "application-submitted");
  }

  public void withdrawn(Application a) {
    toHospital(a, "application-withdrawn");
  }

  /**
   * The hospital moved the application (more information, review, decision): a sentence per status,
   * with what the applicant needs (the question, the conditions, the reason).
   */
  public void changed(Application a) {
    send(a.applicant(), "application-changed", ".body." + a.status().name(), a);
  }

  /** The hospital moved an accepted project's participation (on the scene, follow-up, ...). */
  public void participationMoved(Application a) {
    send(a.applicant(), "application-participation", ".body", a);
  }

  public void messageToHospital(Application a) {
    toHospital(a, "application-message");
  }

  public void messageToApplicant(Application a) {
    toApplicant(a, "application-message");
  }

  private void toHospital(Application a, String kind) {
    send(a.scene().hospital(), kind, a);
  }

  private void toApplicant(Application a, String kind) {
    send(a.applicant(), kind, a);
  }

  private void send(Organisation to, String kind, Application a) {
    send(to, kind, ".body", a);
  }

  private void send(Organisation to, String kind, String body, Application a) {
    notifier.notify(
        to,
        kind,
        text("notify." + kind + ".subject", a),
        text("notify." + kind + body, a),
        "/api/applications/" + a.publicId());
  }

  private static BilingualText text(String key, Application a) {
    return new BilingualText(in(Messages.CHINESE, key, a), in(Messages.ENGLISH, key, a));
  }

  private static String in(java.util.Locale locale, String key, Application a) {
    Messages ui = Messages.ui(locale);
    boolean zh = locale.equals(Messages.CHINESE);
    String status = ui.text("application.status." + a.status().name());
    String participation =
        a.participation() == null
            ? ""
            : ui.text("application.participation." + a.participation().name());
    return ui.text(
        key,
        zh ? a.scene().title().zh() : a.scene().title().en(),
        zh ? a.applicant().name().zh() : a.applicant().name().en(),
        a.project().code(),
        status,
        participation,
        detail(a));
  }

  /**
   * What the applicant needs to act on the move: the hospital's question, the conditions of an
   * acceptance, the reason of a rejection; empty otherwise.
   */
  static String detail(Application a) {
    String d =
        switch (a.status()) {
          case MORE_INFO_REQUESTED ->
              a.messages().stream()
                  .filter(m -> m.side() == ApplicationMessage.Side.HOSPITAL)
                  .reduce((first, second) -> second)
                  .map(ApplicationMessage::text)
                  .orElse(null);
          case ACCEPTED_WITH_CONDITIONS -> a.conditions();
          case REJECTED -> a.decisionReason();
          default -> null;
        };
    return d == null ? "" : d;
  }
}
