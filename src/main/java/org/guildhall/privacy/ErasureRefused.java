package org.guildhall.privacy;

import org.springframework.modulith.NamedInterface;

/** The registrar turned down a request to be forgotten, for this reason. */
@NamedInterface("events")
public record ErasureRefused(long requestId, long accountId, String reason) {
}
