package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * Something a member could still take part in that the institute would credit as CPD (one of its events): what it
 * is, when, the category and kind it counts as, its educational hours, and the view where the member signs up.
 *
 * @param route the portal view that offers it, e.g. {@code event/12}
 */
@NamedInterface("api")
public record CpdOpportunity(String title, LocalDate on, CpdCategory category, String activityType,
        BigDecimal hours, String route) {
}
