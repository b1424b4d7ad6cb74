package org.guildhall.cpd;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What offers members CPD ahead of time, for "Close your gap" on My CPD. The events module implements it, so the
 * CPD module weighs the institute's events without depending on that module.
 */
@NamedInterface("api")
public interface CpdOpportunities {

    /** What a member can still take part in, from now until {@code lastDay} included, soonest first. */
    List<CpdOpportunity> until(LocalDate lastDay);
}
