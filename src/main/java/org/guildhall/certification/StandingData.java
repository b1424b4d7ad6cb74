package org.guildhall.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the registrar enters to suspend or revoke a certification: the public category, the explanation the holder
 * reads and, for a suspension only, the day it stands again (empty: until lifted). The standing's rules check it
 * and refuse each problem on the component it concerns.
 */
public record StandingData(@Nullable StandingReason reason, String explanation, @Nullable LocalDate until) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String REASON = "reason";
    public static final String EXPLANATION = "explanation";
    public static final String UNTIL = "until";
}
