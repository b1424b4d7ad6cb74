package org.guildhall.identity;

import org.jspecify.annotations.Nullable;

/** What a person keeps up to date about themselves: name, contact details, current employer and job title. */
public record ProfileDetails(String fullName, @Nullable String phone, @Nullable String postalAddress,
        @Nullable String employer, @Nullable String jobTitle) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String FULL_NAME = "fullName";
    public static final String PHONE = "phone";
    public static final String POSTAL_ADDRESS = "postalAddress";
    public static final String EMPLOYER = "employer";
    public static final String JOB_TITLE = "jobTitle";

    public static final int MAX_PHONE = 40;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_EMPLOYMENT = 120;
}
