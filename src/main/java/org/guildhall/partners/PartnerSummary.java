package org.guildhall.partners;

import java.util.List;

/** A partner with the names of the people who act for it, for the registrar's list and the course form. */
public record PartnerSummary(long id, String name, List<String> contacts) {
}
