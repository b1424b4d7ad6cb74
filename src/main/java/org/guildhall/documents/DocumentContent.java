package org.guildhall.documents;

import java.io.InputStream;
import org.springframework.modulith.NamedInterface;

/** A document opened for reading: what it is, and its bytes to stream to whoever asked. */
@NamedInterface("api")
public record DocumentContent(DocumentReference document, InputStream bytes) {
}
