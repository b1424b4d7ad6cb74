package org.guildhall.certification;

/** The registrar's reason for refusing a name change, which the holder reads; refused on {@link #REASON}. */
public record NameChangeRefusalData(String reason) {

    public static final String REASON = "reason";
}
