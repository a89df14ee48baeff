package org.clinbridge.scenes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinbridge.notifications.control.Notifier;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.scenes.entity.Application;

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

  /** The hospital moved the application (more information, review, decision, participation). */
  public void changed(Application a) {
    toApplicant(a, "application-changed");
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
    notifier.notify(
        to,
        kind,
        text("notify." + kind + ".subject", a),
        text("notify." + kind + ".body", a),
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
        participation);
  }
}
