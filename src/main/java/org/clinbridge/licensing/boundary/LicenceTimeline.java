package org.clinbridge.licensing.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clinbridge.licensing.entity.ApplicationEvent;
import org.clinbridge.licensing.entity.Correspondence;
import org.clinbridge.licensing.entity.StatutoryClock;
import org.clinbridge.platform.i18n.Messages;

/**
 * An application's timeline as rows: its state changes and letters by date (moves before letters of
 * the same day, each in the order recorded), then the statutory clock running now.
 */
final class LicenceTimeline {
  static final List<String> COLUMNS =
      List.of("on", "entry", "from", "to", "detail", "reference", "by", "recordedAt");

  private LicenceTimeline() {}

  private record Row(LocalDate on, int order, long seq, List<String> cells) {}

  static List<List<String>> rows(
      List<ApplicationEvent> history,
      List<Correspondence> letters,
      Optional<StatutoryClock> clock,
      Messages labels) {
    List<Row> rows = new ArrayList<>();
    for (ApplicationEvent e : history) {
      rows.add(
          new Row(
              e.on(),
              0,
              e.seq(),
              List.of(
                  e.on().toString(),
                  labels.text("timeline.move"),
                  e.fromState() == null ? "" : e.fromState().name(),
                  e.toState().name(),
                  text(e.reason()),
                  text(e.authorityReference()),
                  e.actor() == null ? "" : e.actor().name(),
                  e.recordedAt().toString())));
    }
    long n = 0;
    for (Correspondence c : letters) {
      rows.add(
          new Row(
              c.on(),
              1,
              n++,
              List.of(
                  c.on().toString(),
                  labels.text("timeline.letter." + c.kind().name()),
                  "",
                  "",
                  text(c.subject()),
                  text(c.authorityReference()),
                  c.actor() == null ? "" : c.actor().name(),
                  c.recordedAt().toString())));
    }
    rows.sort(
        Comparator.comparing(Row::on).thenComparingInt(Row::order).thenComparingLong(Row::seq));
    List<List<String>> out = new ArrayList<>(rows.stream().map(Row::cells).toList());
    clock.ifPresent(
        c ->
            out.add(
                List.of(
                    c.dueOn() == null ? "" : c.dueOn().toString(),
                    labels.text("timeline.clock." + c.status().name()),
                    c.state().name(),
                    "",
                    labels.text(
                        "timeline.clock",
                        labels.locale().equals(Messages.CHINESE) ? c.name().zh() : c.name().en(),
                        c.limit() == null ? "-" : c.limit(),
                        c.daysUsed() == null ? "-" : c.daysUsed(),
                        c.daysLeft() == null ? "-" : c.daysLeft()),
                    "",
                    "",
                    "")));
    return out;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
