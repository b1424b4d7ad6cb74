package org.guildhall.documents.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The places documents' bytes may be kept, and the one new uploads go to (a setting). Each document is read from
 * the place its row names, so documents can be moved between places while the portal runs.
 */
public class DocumentContentStores {

    private final Map<ContentLocation, DocumentContents> stores = new EnumMap<>(ContentLocation.class);
    private final ContentLocation uploadsTo;

    public DocumentContentStores(List<DocumentContents> available, ContentLocation uploadsTo) {
        available.forEach(store -> stores.put(store.location(), store));
        this.uploadsTo = uploadsTo;
        at(uploadsTo);
    }

    /** Where new uploads are written. */
    public DocumentContents forUploads() {
        return at(uploadsTo);
    }

    /** Where this document's bytes are. */
    public DocumentContents holding(Document document) {
        return at(document.storedIn());
    }

    public DocumentContents at(ContentLocation location) {
        var store = stores.get(location);
        if (store == null) {
            throw new IllegalStateException("Documents stored in " + location + " cannot be reached: that store is not "
                    + "configured (for the object store set guildhall.documents.storage.s3.bucket, GUILDHALL_S3_BUCKET)");
        }
        return store;
    }

    /** Removes, from every place, the bytes no document keeps any more. */
    public int removeUnreferenced() {
        return stores.values().stream().mapToInt(DocumentContents::removeUnreferenced).sum();
    }
}
