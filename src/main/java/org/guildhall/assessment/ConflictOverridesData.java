package org.guildhall.assessment;

import java.util.Map;

/**
 * The registrar's reasons for placing conflicted assessors on a panel anyway, keyed by assessor account id, as the
 * panel form holds them. A missing reason is refused on the field of the assessor it concerns
 * ({@link #reasonField}).
 */
public record ConflictOverridesData(Map<Long, String> reasons) {

    public static final int MAX_REASON = 500;

    // The component's name, which the form binds its field by.
    public static final String REASONS = "reasons";

    /** The part of the form a refusal names: one assessor's reason. */
    public static String reasonField(long assessorId) {
        return "override-" + assessorId;
    }

    public ConflictOverridesData {
        reasons = Map.copyOf(reasons);
    }
}
