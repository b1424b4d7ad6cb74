package org.guildhall.cpd;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Which current certifications the CPD compliance report lists.
 *
 * @param search part of the holder's name, email or member number; blank for everyone
 * @param designationCode one designation only, or null for all
 * @param atRiskOnly only those whose forecast falls short of the requirement
 * @param expiringWithinDays only those expiring within this many days from today, or null for any
 */
@NamedInterface("api")
public record CpdComplianceFilter(String search, @Nullable String designationCode, boolean atRiskOnly,
        @Nullable Integer expiringWithinDays) {

    public CpdComplianceFilter {
        search = search.strip();
        designationCode = designationCode == null || designationCode.isBlank() ? null : designationCode;
        if (expiringWithinDays != null && expiringWithinDays < 0) {
            throw new IllegalArgumentException("Days to expiry cannot be negative: " + expiringWithinDays);
        }
    }

    public static CpdComplianceFilter everyone() {
        return new CpdComplianceFilter("", null, false, null);
    }

    boolean admitsDesignation(String code) {
        return designationCode == null || designationCode.equals(code);
    }

    boolean admits(CpdComplianceSummary row) {
        String text = search.toLowerCase(Locale.ROOT);
        boolean found = text.isEmpty() || row.holderName().toLowerCase(Locale.ROOT).contains(text)
                || row.email().toLowerCase(Locale.ROOT).contains(text)
                || (row.memberNumber() != null && row.memberNumber().toLowerCase(Locale.ROOT).contains(text));
        return found && (!atRiskOnly || row.atRisk())
                && (expiringWithinDays == null || row.daysToExpiry() <= expiringWithinDays);
    }

    /** The filter in one line, for the export audit. */
    public String describe() {
        return "search=" + search + "; designation=" + (designationCode == null ? "all" : designationCode)
                + "; atRiskOnly=" + atRiskOnly + "; expiringWithinDays="
                + (expiringWithinDays == null ? "any" : expiringWithinDays);
    }
}
