package org.clinbridge.scenes.control;

import java.time.LocalDate;
import java.util.List;
import org.clinbridge.scenes.entity.Progress;

/**
 * A study as read from a registry record, before it becomes a draft scene: the fields ClinBridge
 * uses, whichever format they came from (docs/imports.md has the mapping per format).
 *
 * @param registry the registry's name, e.g. {@code ClinicalTrials.gov}, {@code ChiCTR}
 * @param id the registry's id of the study (NCT number, ChiCTR number, ...)
 * @param status the study's status mapped onto scene progress
 * @param statusDate when the registry last confirmed that status
 * @param stopReason why the study stopped, where the registry says
 * @param plannedStart a start date the registry gives as estimated (not yet reached)
 * @param plannedCompletion a completion date the registry gives as estimated
 * @param facts further facts kept in the description (phase, enrolment, sponsor, ...)
 */
public record RegistryStudy(
    String registry,
    String id,
    String title,
    String summary,
    boolean interventional,
    Progress status,
    LocalDate statusDate,
    String stopReason,
    LocalDate plannedStart,
    LocalDate plannedCompletion,
    String inclusion,
    String exclusion,
    List<Site> sites,
    List<Contact> contacts,
    List<String> facts)
    implements RegistryRecord {

  public RegistryStudy {
    sites = List.copyOf(sites);
    contacts = List.copyOf(contacts);
    facts = List.copyOf(facts);
  }

  /** A participating facility; {@code status} null when the record gives none for it. */
  public record Site(String name, String location, Progress status) {}

  public record Contact(String name, String email, String phone) {}

  /**
   * A record that cannot become a draft, with the reason as a message key ({@code
   * scene-import.<code>}) and its arguments.
   *
   * @param ref where the record was: its id when known, else its position (e.g. {@code row 7})
   */
  public record Rejection(String ref, String code, List<String> args) implements RegistryRecord {
    public Rejection {
      args = List.copyOf(args);
    }

    public static Rejection of(String ref, String code, String... args) {
      return new Rejection(ref, code, List.of(args));
    }
  }

  /** What one file held: the studies it yields and the records it cannot. */
  public record Parsed(List<RegistryStudy> studies, List<Rejection> rejections) {
    public Parsed {
      studies = List.copyOf(studies);
      rejections = List.copyOf(rejections);
    }

    public static Parsed of(List<RegistryRecord> records) {
      return new Parsed(
          records.stream()
              .filter(r -> r instanceof RegistryStudy)
              .map(r -> (RegistryStudy) r)
              .toList(),
          records.stream().filter(r -> r instanceof Rejection).map(r -> (Rejection) r).toList());
    }

    public static Parsed rejected(Rejection r) {
      return new Parsed(List.of(), List.of(r));
    }
  }
}
