package org.guildhall.assessment;

import org.guildhall.shared.NotFound;

/** A panel id that does not exist, or whose portfolio the caller is not assigned to. */
public class PanelNotFoundException extends NotFound {

    public PanelNotFoundException(long panelId) {
        super("There is no panel " + panelId + " for you.");
    }
}
