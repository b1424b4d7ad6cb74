package org.guildhall.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InboxItemRepository extends JpaRepository<InboxItem, Long> {

    List<InboxItem> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

    long countByAccountId(long accountId);

    long countByAccountIdAndReadAtIsNull(long accountId);

    Optional<InboxItem> findByIdAndAccountId(long id, long accountId);

    @Modifying
    @Query("update InboxItem item set item.readAt = :at where item.accountId = :accountId and item.readAt is null")
    int markAllRead(long accountId, Instant at);
}
