package org.guildhall.assessment;

/** One conflict found between an assessor and a candidate, with the detail the registrar needs to judge it. */
public record Conflict(ConflictKind kind, String detail) {
}
