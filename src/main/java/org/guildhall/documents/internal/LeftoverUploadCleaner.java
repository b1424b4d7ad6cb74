package org.guildhall.documents.internal;

import java.time.Clock;
import java.util.UUID;

import org.guildhall.documents.domain.DocumentContentStores;
import org.guildhall.documents.domain.DocumentRepository;
import org.guildhall.documents.domain.LeftoverUploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Removes uploads left over from forms that were never saved or submitted, once they are older than the grace
 * period. Each document goes in its own short transaction, so a big backlog never holds locks for long, and running
 * on two instances at once removes each document once. Bytes in an object store go afterwards, once no document
 * keeps them ({@link DocumentContentStores#removeUnreferenced}).
 */
@Component
public class LeftoverUploadCleaner {

    private static final Logger log = LoggerFactory.getLogger(LeftoverUploadCleaner.class);
    private static final int BATCH = 200;

    private final LeftoverUploads leftovers;
    private final DocumentRepository documents;
    private final DocumentContentStores contents;
    private final DocumentsProperties settings;
    private final TransactionOperations transactions;
    private final Clock clock;

    LeftoverUploadCleaner(LeftoverUploads leftovers, DocumentRepository documents, DocumentContentStores contents,
            DocumentsProperties settings, TransactionOperations transactions, Clock clock) {
        this.leftovers = leftovers;
        this.documents = documents;
        this.contents = contents;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many documents were removed */
    public int removeLeftovers() {
        var cutoff = clock.instant().minus(settings.leftovers().grace());
        int removed = 0;
        while (true) {
            var batch = leftovers.uploadedBefore(cutoff, BATCH);
            int removedInBatch = 0;
            for (var documentId : batch) {
                if (removeIfStillLeftOver(documentId)) {
                    removedInBatch++;
                }
            }
            removed += removedInBatch;
            // A batch that removed nothing was taken up meanwhile; the next run looks again.
            if (batch.size() < BATCH || removedInBatch == 0) {
                break;
            }
        }
        contents.removeUnreferenced();
        if (removed > 0) {
            log.info("Removed {} upload(s) that no form took up within {}", removed, settings.leftovers().grace());
        }
        return removed;
    }

    private boolean removeIfStillLeftOver(UUID documentId) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> documents.findById(documentId)
                    .filter(document -> leftovers.delete(documentId))
                    .map(document -> {
                        contents.holding(document).release(document);
                        return true;
                    }).orElse(false)));
        } catch (DataIntegrityViolationException takenUp) {
            return false;
        }
    }
}
