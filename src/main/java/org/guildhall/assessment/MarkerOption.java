package org.guildhall.assessment;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/** An assessor the registrar may ask to second-mark a flagged seat, or why they may not (null: they may). */
public record MarkerOption(long accountId, String name, @Nullable Text exclusion) {

    public boolean eligible() {
        return exclusion == null;
    }
}
