package org.guildhall.cpd;

/** The member's recertification essay as typed; the essay's rules check its length and refuse on {@link #BODY}. */
public record EssayData(String body) {

    public static final String BODY = "body";
}
