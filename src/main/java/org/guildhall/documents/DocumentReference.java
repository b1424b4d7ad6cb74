package org.guildhall.documents;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A stored document as other modules see it: enough to list it, link to it and verify it, never its bytes.
 *
 * @param filename the uploader's file name, cleaned for display; never a path on any disk
 * @param contentType the type recognised from the content, not the one the browser claimed
 * @param sha256 hex SHA-256 of the stored bytes
 */
@NamedInterface("api")
public record DocumentReference(UUID id, String filename, String contentType, long size, String sha256,
        Instant uploadedAt) {

    /** Where the document downloads, relative to the portal's root, for links in views. */
    public String downloadPath() {
        return "documents/" + id;
    }
}
