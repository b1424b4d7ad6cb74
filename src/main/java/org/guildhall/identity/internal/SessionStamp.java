package org.guildhall.identity.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What a signed-in session remembers of its sign-in: whose it is, the account's session generation then, and when,
 * so it can be ended when the account's rights change and once its absolute lifetime is over.
 */
record SessionStamp(long accountId, long generation, Instant signedInAt) implements Serializable {

    static final String ATTRIBUTE = SessionStamp.class.getName();

    boolean outlived(Duration absoluteLifetime, Instant now) {
        return !now.isBefore(signedInAt.plus(absoluteLifetime));
    }

    boolean endedBy(long currentGeneration) {
        return generation < currentGeneration;
    }

    SessionStamp at(long newGeneration) {
        return new SessionStamp(accountId, newGeneration, signedInAt);
    }
}
