package org.guildhall.documents.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.guildhall.documents.domain.ContentLocation;
import org.guildhall.documents.domain.Document;
import org.guildhall.documents.domain.DocumentContents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents' bytes in an S3-compatible bucket, one object per distinct content, its key the content's SHA-256:
 * the same file uploaded twice is kept once. Table {@code document_object} has a row per object, and that row's
 * lock orders everything that touches the object:
 * <ul>
 * <li>an upload takes the row's lock (inserting it if new), then makes sure the object is there, putting it if not,
 * all before its document row commits;</li>
 * <li>a deletion only marks the row as possibly unreferenced;</li>
 * <li>{@link #removeUnreferenced} takes the row's lock, counts the committed documents with that content, and only
 * at zero deletes the object and the row.</li>
 * </ul>
 * So an upload of the same content at the same moment either commits first (and is counted) or waits for the
 * removal and puts the object back: a committed document always has its object.
 */
class ObjectStorageContents implements DocumentContents {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorageContents.class);
    private static final int BATCH = 200;

    private final S3Client s3;
    private final String bucket;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate removals;
    private final Clock clock;

    ObjectStorageContents(S3Client s3, String bucket, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.jdbc = jdbc;
        // Each removal counts what is committed once it holds the row's lock, not what a snapshot saw before.
        this.removals = new TransactionTemplate(transactions);
        this.removals.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    @Override
    public ContentLocation location() {
        return ContentLocation.OBJECT_STORE;
    }

    @Override
    public void write(Document document, byte[] content) {
        jdbc.update("insert into document_object (sha256, size_bytes) values (?, ?)"
                + " on duplicate key update unreferenced_since = null", document.sha256(), content.length);
        if (!isStored(document.sha256(), content.length)) {
            s3.putObject(request -> request.bucket(bucket).key(document.sha256()).contentType(
                    "application/octet-stream").contentLength((long) content.length), RequestBody.fromBytes(content));
        }
    }

    @Override
    public InputStream read(Document document) {
        return s3.getObject(request -> request.bucket(bucket).key(document.sha256()), ResponseTransformer.toInputStream());
    }

    @Override
    public void release(Document document) {
        jdbc.update("update document_object set unreferenced_since = ? where sha256 = ?",
                Timestamp.from(clock.instant()), document.sha256());
    }

    @Override
    public int removeUnreferenced() {
        int removed = 0;
        List<String> candidates;
        do {
            candidates = jdbc.queryForList("select sha256 from document_object where unreferenced_since is not null"
                    + " order by unreferenced_since limit ?", String.class, BATCH);
            for (var sha256 : candidates) {
                if (Boolean.TRUE.equals(removals.execute(status -> removeIfUnreferenced(sha256)))) {
                    removed++;
                }
            }
        } while (candidates.size() == BATCH);
        if (removed > 0) {
            log.info("Removed {} stored object(s) no document refers to any more", removed);
        }
        return removed;
    }

    private boolean removeIfUnreferenced(String sha256) {
        var marked = jdbc.queryForList("select sha256 from document_object where sha256 = ?"
                + " and unreferenced_since is not null for update", String.class, sha256);
        if (marked.isEmpty()) {
            return false;
        }
        Integer documents = jdbc.queryForObject("select count(*) from document where sha256 = ? and stored_in = ?",
                Integer.class, sha256, ContentLocation.OBJECT_STORE.name());
        if (documents != null && documents > 0) {
            jdbc.update("update document_object set unreferenced_since = null where sha256 = ?", sha256);
            return false;
        }
        // Deleted while the row is locked: an upload of this content waits, then finds no object and puts it.
        s3.deleteObject(request -> request.bucket(bucket).key(sha256));
        jdbc.update("delete from document_object where sha256 = ?", sha256);
        return true;
    }

    private boolean isStored(String key, long size) {
        try {
            return s3.headObject(request -> request.bucket(bucket).key(key)).contentLength() == size;
        } catch (S3Exception missing) {
            if (missing.statusCode() == HttpStatus.NOT_FOUND.value()) {
                return false;
            }
            throw missing;
        }
    }
}
