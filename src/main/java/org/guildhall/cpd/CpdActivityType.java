package org.guildhall.cpd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.guildhall.shared.Text;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A kind of activity within a category, as the institute's reference data lists it. Hour-based kinds earn
 * {@code creditsPerHour} for each educational hour; research items earn {@code fixedCredits} whatever the hours.
 */
@NamedInterface("api")
public record CpdActivityType(String code, CpdCategory category, String label, @Nullable BigDecimal creditsPerHour,
        @Nullable BigDecimal fixedCredits) {

    public CpdActivityType {
        if ((creditsPerHour == null) == (fixedCredits == null)) {
            throw new IllegalArgumentException("A CPD activity type earns either per hour or a fixed amount: " + code);
        }
    }

    public boolean isFixedCredit() {
        return fixedCredits != null;
    }

    /** The credits an activity of this kind claims for {@code hours}, less {@code excludedHours}. */
    public BigDecimal creditsFor(BigDecimal hours, BigDecimal excludedHours) {
        if (fixedCredits != null) {
            return fixedCredits;
        }
        return hours.subtract(excludedHours).multiply(creditsPerHour).setScale(2, RoundingMode.HALF_UP);
    }

    /** The key of the kind's name in the cpd bundle: its code in lower case ({@code cpd.activity-type.e-learning}). */
    public String labelKey() {
        return labelKey(code);
    }

    /** The key of the name of the kind with {@code code}. */
    public static String labelKey(String code) {
        return "cpd.activity-type." + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the form labels the choice: research items show their fixed credits. */
    public Text choiceLabel() {
        return fixedCredits == null ? Text.of(labelKey())
                : Text.of("cpd.activity-type.with-fixed-credits", Text.of(labelKey()), fixedCredits);
    }
}
