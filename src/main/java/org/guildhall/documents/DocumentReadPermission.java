package org.guildhall.documents;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/**
 * How another module lets someone other than the owner read a document, for example the registrar reading the
 * evidence attached to an application. Implement it as a Spring bean; one granting is enough. It is asked on every
 * read, so answer from current data: a grant withdrawn is withdrawn at once.
 */
@NamedInterface("api")
public interface DocumentReadPermission {

    boolean mayRead(DocumentReference document, Authentication reader);
}
