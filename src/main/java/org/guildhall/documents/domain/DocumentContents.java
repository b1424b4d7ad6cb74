package org.guildhall.documents.domain;

import java.io.InputStream;

/**
 * One place documents' bytes are kept. Writes and releases join the caller's transaction, so a document's record
 * and its bytes are kept or dropped together.
 */
public interface DocumentContents {

    ContentLocation location();

    /** Keeps the bytes of this (already recorded) document; they are in place before the transaction commits. */
    void write(Document document, byte[] content);

    /** The document's bytes, as a stream to hand to whoever downloads it. */
    InputStream read(Document document);

    /** The document no longer keeps its bytes here: it was deleted, or its bytes moved elsewhere. */
    void release(Document document);

    /**
     * Deletes what no document keeps any more, each piece in a transaction of its own; stores that drop bytes at
     * once in {@link #release} have nothing to do.
     *
     * @return how many pieces were removed
     */
    default int removeUnreferenced() {
        return 0;
    }
}
