package org.guildhall.privacy;

/** The registrar's reason for refusing a request to be forgotten; the request's rules refuse on {@link #REASON}. */
public record ErasureRefusalData(String reason) {

    public static final String REASON = "reason";
}
