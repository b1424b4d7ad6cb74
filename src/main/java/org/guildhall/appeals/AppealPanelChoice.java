package org.guildhall.appeals;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The registrar's choice of an appeal panel: the assessors and which of them chairs. */
public record AppealPanelChoice(List<Long> assessorIds, @Nullable Long chairAccountId) {

    public static final String ASSESSORS = "assessorIds";
    public static final String CHAIR = "chairAccountId";

    public AppealPanelChoice {
        assessorIds = List.copyOf(assessorIds);
    }
}
