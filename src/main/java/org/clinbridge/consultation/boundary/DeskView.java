package org.clinbridge.consultation.boundary;

import java.time.LocalDate;
import java.util.List;
import org.clinbridge.consultation.control.DeskStatistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The desk statistics of a period (dates in the district's time zone, both included): the whole
 * desk, then by topic, specialist group and consultant; the backlog as it stands now.
 */
@Schema(name = "DeskStatistics")
public record DeskView(
    LocalDate from,
    LocalDate to,
    DeskStatistics.Figures overall,
    List<DeskStatistics.Figures> byTopic,
    List<DeskStatistics.Figures> byGroup,
    List<DeskStatistics.Figures> byConsultant,
    List<DeskStatistics.Backlog> backlog) {}
