package org.guildhall.privacy;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** A person's export is built: they may download it until {@code expiresAt}. */
@NamedInterface("events")
public record PersonalDataExportReady(long exportId, long accountId, Instant expiresAt) {
}
