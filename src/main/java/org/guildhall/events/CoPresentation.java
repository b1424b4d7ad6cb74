package org.guildhall.events;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** Someone who presented an institute event together with the person asked about. */
@NamedInterface("api")
public record CoPresentation(long accountId, String eventTitle, Instant startsAt) {
}
