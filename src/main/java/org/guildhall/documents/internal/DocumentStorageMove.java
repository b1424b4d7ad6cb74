package org.guildhall.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.guildhall.documents.domain.ContentLocation;
import org.guildhall.documents.domain.Document;
import org.guildhall.documents.domain.DocumentContentStores;
import org.guildhall.documents.domain.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Moves documents' bytes from wherever they are kept to one store (the database to the object store, or back),
 * each document in a transaction of its own: its bytes are read, checked against its checksum, written to the
 * target, released from the source and its row repointed together. Stopped at any moment, a run leaves every
 * document whole in one place or the other, and the next run carries on with those not yet moved; the portal may
 * keep serving meanwhile, since each document is read from where its row says.
 */
@Component
public class DocumentStorageMove {

    private static final Logger log = LoggerFactory.getLogger(DocumentStorageMove.class);
    private static final int BATCH = 100;

    private final DocumentRepository documents;
    private final DocumentContentStores contents;
    private final TransactionOperations transactions;

    DocumentStorageMove(DocumentRepository documents, DocumentContentStores contents,
            TransactionOperations transactions) {
        this.documents = documents;
        this.contents = contents;
        this.transactions = transactions;
    }

    /** Moves every document not yet in {@code target}; @return how many were moved */
    public int moveAll(ContentLocation target) {
        int moved = 0;
        for (int inBatch = move(target, BATCH); inBatch > 0; inBatch = move(target, BATCH)) {
            moved += inBatch;
            log.info("Moved {} document(s) to {} so far", moved, target);
        }
        return moved;
    }

    /**
     * Moves up to {@code limit} documents not yet in {@code target}, oldest first, then removes from the source
     * what no document keeps any more.
     *
     * @return how many were moved
     * @throws IllegalStateException if a document's bytes do not match its checksum (it stays where it is)
     */
    public int move(ContentLocation target, int limit) {
        contents.at(target);
        int moved = 0;
        for (UUID id : documents.idsStoredElsewhereThan(target, Limit.of(limit))) {
            if (Boolean.TRUE.equals(transactions.execute(status -> moveOne(id, target)))) {
                moved++;
            }
        }
        contents.removeUnreferenced();
        return moved;
    }

    private boolean moveOne(UUID id, ContentLocation target) {
        var found = documents.lockById(id).filter(document -> document.storedIn() != target && !document.isErased());
        if (found.isEmpty()) {
            return false;
        }
        Document document = found.get();
        var source = contents.holding(document);
        byte[] bytes = readAll(source.read(document), id);
        if (!document.hasContent(bytes)) {
            throw new IllegalStateException("The bytes of document " + id + " in " + source.location()
                    + " do not match its size and SHA-256; it is left where it is");
        }
        contents.at(target).write(document, bytes);
        source.release(document);
        document.movedTo(target);
        return true;
    }

    private static byte[] readAll(InputStream content, UUID id) {
        try (content) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bytes of document " + id, e);
        }
    }
}
