package org.guildhall.drafts;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** What was typed into a form, as its input record, and when it was last kept. */
@NamedInterface("api")
public record FormDraft<T>(T content, Instant keptAt) {
}
