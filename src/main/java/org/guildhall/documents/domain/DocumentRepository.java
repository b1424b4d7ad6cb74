package org.guildhall.documents.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, UUID> {

    /**
     * The sizes of the account's stored documents, locking them (and, through the owner index, the room for new
     * ones) until the transaction ends, so two uploads at once cannot both slip under the quota.
     */
    @Query(value = "select size_bytes from document where owner_account_id = :ownerAccountId for update",
            nativeQuery = true)
    List<Long> lockSizesOwnedBy(long ownerAccountId);

    List<Document> findByOwnerAccountIdOrderByUploadedAt(long ownerAccountId);

    long countByIdInAndOwnerAccountId(Collection<UUID> ids, long ownerAccountId);

    /**
     * Documents whose bytes are kept anywhere but {@code location}, oldest first. An erased document (GDPR) keeps
     * its row but no bytes anywhere, so there is nothing of it to move.
     */
    @Query("select d.id from Document d where d.storedIn <> :location and d.erasedAt is null"
            + " order by d.uploadedAt, d.id")
    List<UUID> idsStoredElsewhereThan(ContentLocation location, Limit limit);

    /** The document, locked until the transaction ends (its bytes are being moved). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Document d where d.id = :id")
    Optional<Document> lockById(UUID id);

    /** Other documents with the same bytes as the given ones (same SHA-256), as [given id, other id] pairs. */
    @Query("select d.id, other.id from Document d, Document other"
            + " where d.id in :ids and other.sha256 = d.sha256 and other.id <> d.id")
    List<Object[]> sameContentPairs(Collection<UUID> ids);
}
