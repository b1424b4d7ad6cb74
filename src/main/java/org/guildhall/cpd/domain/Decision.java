package org.guildhall.cpd.domain;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Who decided a member's request and when, with the reason they gave: the registrar's decision on a hardship
 * request, an assessor's review of a recertification essay. The outcome is the request's own state (granted as an
 * extension, refused; accepted, returned), which also names the stage before any decision. Each entity maps it onto
 * its own columns; a later decision (an essay reviewed again once rewritten) replaces it whole.
 *
 * @param reason why, in the decider's words (a hardship decision's note, an essay's feedback); null when none given,
 *               or erased with the member's personal data
 */
@Embeddable
public record Decision(String decidedBy, Instant decidedAt, @Nullable String reason) {
}
