package org.guildhall.drafts;

import java.time.Instant;

/** What was typed into a form, as its input record, and when it was last kept. */
public record FormDraft<T>(T content, Instant keptAt) {
}
