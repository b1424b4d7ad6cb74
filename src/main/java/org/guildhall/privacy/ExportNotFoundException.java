package org.guildhall.privacy;

import org.guildhall.shared.NotFound;

/** No export by that id that is the caller's own and still downloadable. */
public class ExportNotFoundException extends NotFound {

    public ExportNotFoundException() {
        super("privacy.export.not-found");
    }
}
