package org.guildhall.documents;

import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/**
 * An upload the portal refuses (too large, not a PDF or image, encrypted, damaged, broken off), with a message
 * written for the person who uploaded it. Nothing has been stored when this is thrown.
 */
public class DocumentRejectedException extends Refused {

    public DocumentRejectedException(String message) {
        super(message);
    }

    public DocumentRejectedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DocumentRejectedException(Text reason) {
        super(reason);
    }

    public DocumentRejectedException(Text reason, Throwable cause) {
        super(reason, cause);
    }
}
