package org.guildhall.identity;

import org.jspecify.annotations.Nullable;

/** What a person keeps up to date about themselves: name, contact details, current employer and job title. */
public record ProfileDetails(String fullName, @Nullable String phone, @Nullable String postalAddress,
        @Nullable String employer, @Nullable String jobTitle) {

    public static final int MAX_PHONE = 40;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_EMPLOYMENT = 120;
}
