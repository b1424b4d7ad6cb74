package org.guildhall.identity;

import org.guildhall.identity.internal.RequestRateLimits;
import org.guildhall.identity.internal.RequestRateLimits.Limited;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The per-client rate limit on public pages that look a record up by a code anyone may type (a certificate's
 * verification code), so nobody can walk the codes; signed-in or not, each client address has its own bucket.
 */
@Component
@NamedInterface("api")
public class PublicLookupLimits {

    private final RequestRateLimits rateLimits;

    PublicLookupLimits(RequestRateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    /** Takes one look-up from the current client's bucket, or refuses with {@link TooManyRequestsException}. */
    public void takeCredentialLookup() {
        rateLimits.takeForCurrentClient(Limited.CREDENTIAL_LOOKUP_PER_CLIENT);
    }
}
