package org.guildhall.documents.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, UUID> {

    /**
     * The sizes of the account's stored documents, locking them (and, through the owner index, the room for new
     * ones) until the transaction ends, so two uploads at once cannot both slip under the quota.
     */
    @Query(value = "select size_bytes from document where owner_account_id = :ownerAccountId for update",
            nativeQuery = true)
    List<Long> lockSizesOwnedBy(long ownerAccountId);

    long countByIdInAndOwnerAccountId(Collection<UUID> ids, long ownerAccountId);
}
