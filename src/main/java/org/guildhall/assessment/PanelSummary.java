package org.guildhall.assessment;

import java.time.LocalDate;

import org.guildhall.shared.Text;

/**
 * A panel as a queue lists it.
 *
 * @param scoresIn submitted scores of the panel's current members
 * @param overdue the due date has passed and the reader's own score (or, for registrars, any score) is not in
 */
public record PanelSummary(long panelId, String candidateName, String designationCode, LocalDate dueOn,
        PanelStatus status, int scoresIn, int panelSize, boolean overdue, boolean chairedByMe) {

    public Text progress() {
        return Text.of("assessment.progress", scoresIn, panelSize);
    }
}
