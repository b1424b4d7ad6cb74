package org.guildhall.cpd;

import java.util.Locale;

import org.guildhall.shared.Text;

/** Where a recertification essay stands. */
public enum EssayStatus {
    SUBMITTED, ACCEPTED, RETURNED;

    /** The key of the status's name in the cpd bundle ({@code cpd.essay-status.returned}). */
    public String labelKey() {
        return "cpd.essay-status." + name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return Text.of(labelKey()).english();
    }
}
