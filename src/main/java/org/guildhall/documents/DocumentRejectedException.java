package org.guildhall.documents;

import org.guildhall.shared.Refused;

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
}
