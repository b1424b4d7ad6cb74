package org.guildhall.sponsorship;

import org.jspecify.annotations.Nullable;

/**
 * Whom an Associate applicant nominates as a sponsor, as the form holds it: the member's number or email and their
 * surname. Blanks are allowed here and judged by the domain, which refuses each problem on the component it
 * concerns.
 */
public record NominationData(@Nullable String memberNumberOrEmail, @Nullable String surname) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String MEMBER_NUMBER_OR_EMAIL = "memberNumberOrEmail";
    public static final String SURNAME = "surname";
}
