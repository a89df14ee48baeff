package org.clinbridge.licensing.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.licensing.entity.ApplicationDocument;
import org.clinbridge.licensing.entity.ApplicationEvent;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.ApplicationType;
import org.clinbridge.licensing.entity.Authority;
import org.clinbridge.licensing.entity.Certificate;
import org.clinbridge.licensing.entity.CertificateKind;
import org.clinbridge.licensing.entity.CertificateNumber;
import org.clinbridge.licensing.entity.CertificateState;
import org.clinbridge.licensing.entity.ClinicalEvaluationPath;
import org.clinbridge.licensing.entity.Correspondence;
import org.clinbridge.licensing.entity.CorrespondenceKind;
import org.clinbridge.licensing.entity.DayCounting;
import org.clinbridge.licensing.entity.DocumentKind;
import org.clinbridge.licensing.entity.DocumentState;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.licensing.entity.Origin;
import org.clinbridge.licensing.entity.Route;
import org.clinbridge.licensing.entity.StatutoryClock;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.voiding.VoidingView;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The licensing records on the wire. */
public final class LicenceViews {
  private LicenceViews() {}

  @Schema(name = "LicenceProjectRef")
  public record ProjectRef(UUID id, String code, Bilingual title) {
    static ProjectRef of(Project p) {
      return new ProjectRef(p.publicId(), p.code(), p.title().view());
    }
  }

  @Schema(name = "LicenceActor")
  public record ActorView(UUID accountId, String name) {
    static ActorView of(Actor a) {
      return a == null ? null : new ActorView(a.accountId(), a.name());
    }
  }

  @Schema(name = "LicenceApplication")
  public record ApplicationView(
      UUID id,
      ProjectRef project,
      ApplicationType type,
      Route route,
      DeviceClass deviceClass,
      Origin origin,
      @Schema(description = "Derived from route, type, class and origin") Authority authority,
      Bilingual product,
      String fdaProductCode,
      ApplicationState state,
      LocalDate stateSince,
      @Schema(description = "While ON_HOLD: where it resumes") ApplicationState heldFrom,
      String authorityReference,
      LocalDate correctionListOn,
      LocalDate supplementRequestedOn,
      @Schema(description = "The last day for the applicant's supplement")
          LocalDate supplementDueOn,
      VoidingView voiding,
      @Schema(
              description =
                  "The authority's current step and its statutory clock; absent when none runs")
          ClockView clock,
      long version) {
    static ApplicationView of(LicenceApplication a, Optional<StatutoryClock> clock) {
      return new ApplicationView(
          a.publicId(),
          ProjectRef.of(a.project()),
          a.type(),
          a.route(),
          a.deviceClass(),
          a.origin(),
          a.authority(),
          a.product().view(),
          a.fdaProductCode(),
          a.state(),
          a.stateSince(),
          a.heldFrom(),
          a.authorityReference(),
          a.correctionListOn(),
          a.supplementRequestedOn(),
          a.supplementDueOn(),
          VoidingView.of(a.voiding()),
          clock.map(ClockView::of).orElse(null),
          a.version());
    }
  }

  @Schema(
      name = "StatutoryClock",
      description =
          "Days count as the rule counts them: the step's first day is the one after it started")
  public record ClockView(
      @Schema(description = "acceptance, handover, technical-review, ...") String step,
      Bilingual name,
      @Schema(description = "The rule the limit comes from") String basis,
      ApplicationState state,
      @Schema(description = "Days the authority has; absent when the step has no limit")
          Integer limit,
      DayCounting counting,
      LocalDate startedOn,
      Integer daysUsed,
      @Schema(description = "Negative once overdue") Integer daysLeft,
      @Schema(description = "The limit's last day; absent while stopped") LocalDate dueOn,
      @Schema(description = "The supplement request stopped the clock on this day")
          LocalDate pausedSince,
      @Schema(description = "While stopped: the applicant's last day for the supplement")
          LocalDate applicantDueOn,
      @Schema(description = "No decision within the limit counts as approval")
          boolean silenceApproves,
      StatutoryClock.Status status) {
    static ClockView of(StatutoryClock c) {
      return new ClockView(
          c.step(),
          c.name().view(),
          c.basis(),
          c.state(),
          c.limit(),
          c.counting(),
          c.startedOn(),
          c.daysUsed(),
          c.daysLeft(),
          c.dueOn(),
          c.pausedSince(),
          c.applicantDueOn(),
          c.silenceApproves(),
          c.status());
    }
  }

  @Schema(name = "LicenceApplicationEvent")
  public record EventView(
      int seq,
      ApplicationState from,
      ApplicationState to,
      LocalDate on,
      String reason,
      String authorityReference,
      ActorView by,
      OffsetDateTime recordedAt) {
    static EventView of(ApplicationEvent e) {
      return new EventView(
          e.seq(),
          e.fromState(),
          e.toState(),
          e.on(),
          e.reason(),
          e.authorityReference(),
          ActorView.of(e.actor()),
          e.recordedAt());
    }
  }

  @Schema(name = "LicenceDocument")
  public record DocumentView(
      DocumentKind kind,
      DocumentState state,
      ClinicalEvaluationPath evaluationPath,
      String reference,
      String note,
      OffsetDateTime updatedAt) {
    static DocumentView of(ApplicationDocument d) {
      return new DocumentView(
          d.kind(), d.state(), d.evaluationPath(), d.reference(), d.note(), d.updatedAt());
    }
  }

  @Schema(name = "LicenceChecklist", description = "The dossier, and how much of it is done")
  public record ChecklistView(int done, int total, List<DocumentView> documents) {
    static ChecklistView of(List<ApplicationDocument> docs) {
      int done = (int) docs.stream().filter(d -> d.state().done()).count();
      return new ChecklistView(done, docs.size(), docs.stream().map(DocumentView::of).toList());
    }
  }

  @Schema(name = "LicenceCorrespondence")
  public record CorrespondenceView(
      UUID id,
      CorrespondenceKind kind,
      boolean fromAuthority,
      LocalDate on,
      String subject,
      String body,
      String authorityReference,
      @Schema(description = "For a supplement request: the applicant's last day") LocalDate dueOn,
      ActorView recordedBy,
      OffsetDateTime recordedAt) {
    static CorrespondenceView of(Correspondence c) {
      return new CorrespondenceView(
          c.publicId(),
          c.kind(),
          c.kind().fromAuthority(),
          c.on(),
          c.subject(),
          c.body(),
          c.authorityReference(),
          c.dueOn(),
          ActorView.of(c.actor()),
          c.recordedAt());
    }
  }

  @Schema(name = "CertificateNumberParts")
  public record NumberView(
      @Schema(example = "沪") String authorityPrefix,
      @Schema(description = "准 domestic, 进 imported, 许 Hong Kong/Macao/Taiwan; none for a filing")
          String marker,
      int year,
      DeviceClass deviceClass,
      @Schema(example = "04") String catalogueCode,
      @Schema(example = "0585") String serial) {
    static NumberView of(CertificateNumber n) {
      return new NumberView(
          n.authorityPrefix(),
          n.marker(),
          n.year(),
          n.deviceClass(),
          n.catalogueCode(),
          n.serial());
    }
  }

  @Schema(name = "Certificate")
  public record CertificateView(
      UUID id,
      ProjectRef project,
      UUID application,
      String number,
      NumberView numberParts,
      CertificateKind kind,
      String holder,
      Bilingual product,
      DeviceClass deviceClass,
      LocalDate issuedOn,
      LocalDate expiresOn,
      LocalDate alertOn,
      @Schema(description = "The last day to apply for renewal (six months before expiry)")
          LocalDate renewalDeadline,
      @Schema(description = "Days until expiry (negative once expired); none for a filing")
          Long daysToExpiry,
      @Schema(description = "The state today: EXPIRING_SOON and EXPIRED follow from the dates")
          CertificateState state,
      String stateReason,
      LocalDate stateSince,
      int renewals,
      @Schema(description = "Whether renewal reminders are still due") boolean raisesAlerts,
      VoidingView voiding,
      long version) {
    static CertificateView of(Certificate c, LocalDate today) {
      return new CertificateView(
          c.publicId(),
          ProjectRef.of(c.project()),
          c.application() == null ? null : c.application().publicId(),
          c.number(),
          NumberView.of(c.parsedNumber()),
          c.kind(),
          c.holder(),
          c.product().view(),
          c.deviceClass(),
          c.issuedOn(),
          c.expiresOn(),
          c.alertOn(),
          c.renewalDeadline(),
          c.expiresOn() == null ? null : ChronoUnit.DAYS.between(today, c.expiresOn()),
          c.stateOn(today),
          c.stateReason(),
          c.stateSince(),
          c.renewals(),
          c.raisesAlerts(),
          VoidingView.of(c.voiding()),
          c.version());
    }
  }
}
