package org.guildhall.assessment;

/** Another panel member's submitted score, shown once the reader's own is in (blind review). */
public record AssessorScore(String assessorName, ScoreSheet sheet) {
}
