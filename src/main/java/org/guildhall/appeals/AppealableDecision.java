package org.guildhall.appeals;

import java.time.LocalDate;

import org.guildhall.shared.Text;

/**
 * A decision the signed-in person may still appeal: which, what it was about ("CCSM: Declined"), when it was
 * taken and the last day to appeal it.
 */
public record AppealableDecision(AppealKind kind, long decisionId, Text subject, LocalDate decidedOn,
        LocalDate lastDay) {
}
