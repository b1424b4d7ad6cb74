package org.guildhall.documents;

import java.io.InputStream;

/** A document opened for reading: what it is, and its bytes to stream to whoever asked. */
public record DocumentContent(DocumentReference document, InputStream bytes) {
}
