package org.guildhall.documents;

import java.util.UUID;

/** A document id that was never stored (or no longer is). */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(UUID id) {
        super("No document with id " + id);
    }
}
