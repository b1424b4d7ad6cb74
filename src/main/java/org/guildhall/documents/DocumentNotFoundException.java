package org.guildhall.documents;

import java.util.UUID;

import org.guildhall.shared.NotFound;

/** A document id that was never stored (or no longer is). */
public class DocumentNotFoundException extends NotFound {

    public DocumentNotFoundException(UUID id) {
        super("No document with id " + id);
    }
}
