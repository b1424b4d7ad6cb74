package org.guildhall.certification;

import java.util.Locale;

/**
 * Why a certification was suspended or revoked, as the public may read it on the verification page: a short
 * category, never the registrar's explanation, which only the holder sees.
 */
public enum StandingReason {
    UNDER_REVIEW("under review by the institute"),
    CODE_OF_CONDUCT("for a breach of the code of conduct"),
    ISSUED_IN_ERROR("issued in error"),
    HOLDER_REQUEST("at the holder's request"),
    INSTITUTE_DECISION("by the institute");

    private final String publicWords;

    StandingReason(String publicWords) {
        this.publicWords = publicWords;
    }

    /** The key of {@link #publicWords()} in the module's bundle, for the reader's language. */
    public String publicWordsKey() {
        return "certification.standing-reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words after "Withdrawn" or "Suspended" on the public page ("withdrawn by the institute"). */
    public String publicWords() {
        return publicWords;
    }
}
