package org.guildhall.assessment;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** A panel id that does not exist, or whose portfolio the caller is not assigned to. */
public class PanelNotFoundException extends NotFound {

    public PanelNotFoundException(long panelId) {
        super(Text.of("assessment.panel.not-found", panelId));
    }
}
