package org.guildhall.assessment;

import org.guildhall.shared.Text;

/** One conflict found between an assessor and a candidate, with the detail the registrar needs to judge it. */
public record Conflict(ConflictKind kind, Text detail) {
}
