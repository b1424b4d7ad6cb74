package org.guildhall.cpd;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A rejected CPD activity as an appeal against the rejection reads it: whose, what, when it was rejected, by whom
 * (the registrar's email as recorded) and why.
 */
@NamedInterface("api")
public record CpdRejection(long activityId, long accountId, String title, LocalDate rejectedOn, String rejectedBy,
        String reason) {
}
