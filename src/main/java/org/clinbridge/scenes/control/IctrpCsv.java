package org.clinbridge.scenes.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinbridge.platform.web.StorableText;
import org.clinbridge.scenes.control.RegistryStudy.Contact;
import org.clinbridge.scenes.control.RegistryStudy.Parsed;
import org.clinbridge.scenes.control.RegistryStudy.Rejection;
import org.clinbridge.scenes.entity.Progress;

/**
 * WHO ICTRP CSV exports: one trial per row, from many registries (ChiCTR, ClinicalTrials.gov, EU
 * CTR, ANZCTR, jRCT, IRCT, ISRCTN ...), each writing dates, phases and statuses its own way.
 */
public final class IctrpCsv {
  static final List<String> REQUIRED = List.of("TrialID", "Public title", "Recruitment Status");

  private IctrpCsv() {}

  public static Parsed read(InputStream in) {
    List<RegistryRecord> read = new ArrayList<>();
    try (Reader reader = withoutBom(in);
        CSVParser csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get()
                .parse(reader)) {
      if (!csv.getHeaderNames().containsAll(REQUIRED)) {
        return Parsed.rejected(
            Rejection.of("file", "missing-columns", String.join(", ", REQUIRED)));
      }
      try {
        for (CSVRecord row : csv) {
          read.add(row(row));
        }
      } catch (UncheckedIOException | IllegalStateException brokenLine) {
        // A stray or unbalanced quote: the records before it stand, the broken one is named
        // (the row after the last one read) and nothing after it can be found.
        read.add(Rejection.of("row " + (read.size() + 2), "broken-line"));
      }
      return Parsed.of(read);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      return Parsed.rejected(Rejection.of("file", "unreadable", "CSV"));
    }
  }

  private static Reader withoutBom(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    r.mark(1);
    if (r.read() != '\uFEFF') {
      r.reset();
    }
    return r;
  }

  private static RegistryRecord row(CSVRecord row) {
    String position = "row " + (row.getRecordNumber() + 1);
    for (String value : row) {
      if (!StorableText.storable(value)) {
        return Rejection.of(position, "unstorable");
      }
    }
    String id = get(row, "TrialID");
    if (id == null) {
      return Rejection.of(position, "missing-id");
    }
    String title =
        Optional.ofNullable(get(row, "Public title")).orElse(get(row, "Scientific title"));
    if (title == null) {
      return Rejection.of(id, "missing-title");
    }
    String statusText = get(row, "Recruitment Status");
    if (statusText == null) {
      return Rejection.of(id, "status-missing");
    }
    LocalDate refreshed = LenientDates.parse(get(row, "Last Refreshed on")).orElse(null);
    LocalDate enrolment = LenientDates.parse(get(row, "Date enrollement")).orElse(null);
    Progress status;
    if (RegistryStatuses.NOT_RECRUITING.equals(RegistryStatuses.key(statusText))) {
      // ICTRP folds "not yet" and "no longer" together: a first enrolment still ahead of the
      // record's last refresh means not yet; otherwise recruitment is over.
      status =
          enrolment != null && refreshed != null && enrolment.isAfter(refreshed)
              ? Progress.NOT_YET_RECRUITING
              : Progress.ACTIVE_NOT_RECRUITING;
    } else {
      Optional<Progress> p = RegistryStatuses.progress(statusText);
      if (p.isEmpty()) {
        return Rejection.of(id, "status-unmapped", statusText);
      }
      status = p.get();
    }
    String registry = Optional.ofNullable(get(row, "Source Register")).orElse("WHO ICTRP");
    List<String> facts = new ArrayList<>();
    String scientific = get(row, "Scientific title");
    if (scientific != null && !scientific.equals(title)) {
      facts.add("Scientific title: " + scientific);
    }
    fact(facts, row, "Phase");
    fact(facts, row, "Study type");
    fact(facts, row, "Study design");
    fact(facts, row, "Target size");
    fact(facts, row, "Primary sponsor");
    fact(facts, row, "Countries");
    fact(facts, row, "Condition");
    fact(facts, row, "Intervention");
    fact(facts, row, "Primary outcome");
    LenientDates.parse(get(row, "Date registration"))
        .ifPresent(d -> facts.add("Date registration: " + d));
    fact(facts, row, "web address");
    String name =
        String.join(
                " ",
                Stream.of(
                        RegistryText.unlessRedacted(get(row, "Contact Firstname")),
                        RegistryText.unlessRedacted(get(row, "Contact Lastname")))
                    .filter(v -> v != null)
                    .toList())
            .strip();
    List<Contact> contacts =
        name.isEmpty()
            ? List.of()
            : List.of(
                new Contact(
                    name,
                    RegistryText.unlessRedacted(get(row, "Contact Email")),
                    RegistryText.unlessRedacted(get(row, "Contact Tel"))));
    String studyType = get(row, "Study type");
    return new RegistryStudy(
        registry,
        id,
        RegistryText.line(title),
        RegistryText.line(Optional.ofNullable(scientific).orElse(title)),
        studyType != null
            && studyType.toLowerCase(java.util.Locale.ROOT).contains("interventional"),
        status,
        Optional.ofNullable(refreshed)
            .or(() -> LenientDates.parse(get(row, "Date registration")))
            .orElse(null),
        null,
        status == Progress.NOT_YET_RECRUITING ? enrolment : null,
        null,
        criteria(get(row, "Inclusion Criteria"), "inclusion criteria"),
        criteria(get(row, "Exclusion Criteria"), "exclusion criteria"),
        List.of(),
        contacts,
        facts);
  }

  private static String criteria(String raw, String heading) {
    String plain = RegistryText.plain(raw);
    if (plain == null) {
      return null;
    }
    String stripped = plain.replaceFirst("(?i)^" + heading + "\\s*:?", "");
    return RegistryText.plain(stripped);
  }

  private static void fact(List<String> facts, CSVRecord row, String column) {
    String v = RegistryText.line(get(row, column));
    if (v != null) {
      facts.add(
          column.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + column.substring(1)
              + ": "
              + v);
    }
  }

  private static String get(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String v = row.get(column).strip();
    return v.isEmpty() ? null : v;
  }
}
