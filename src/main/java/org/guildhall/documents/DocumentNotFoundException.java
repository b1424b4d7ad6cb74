package org.guildhall.documents;

import java.util.UUID;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** A document id that was never stored (or no longer is). */
public class DocumentNotFoundException extends NotFound {

    public DocumentNotFoundException(UUID id) {
        super(Text.of("documents.not-found", id));
    }
}
