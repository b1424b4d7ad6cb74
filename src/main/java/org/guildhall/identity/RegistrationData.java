package org.guildhall.identity;

/**
 * What a person types to create an applicant account, as the form holds it; blanks are allowed here and judged by
 * the account rules, which refuse each problem on the component it concerns ({@link InvalidAccountDataException}).
 *
 * @param repeatedPassword the password typed a second time, so a slip of the finger does not lock them out
 */
public record RegistrationData(String fullName, String email, String password, String repeatedPassword) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String FULL_NAME = "fullName";
    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String REPEATED_PASSWORD = "repeatedPassword";
}
