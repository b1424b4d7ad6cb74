package org.guildhall.assessment;

/** A panel id that does not exist, or whose portfolio the caller is not assigned to. */
public class PanelNotFoundException extends RuntimeException {

    public PanelNotFoundException(long panelId) {
        super("There is no panel " + panelId + " for you.");
    }
}
