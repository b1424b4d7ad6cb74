package org.guildhall.notification;

import java.time.Clock;
import java.util.List;

import org.guildhall.identity.AccountService;
import org.guildhall.notification.domain.InboxItem;
import org.guildhall.notification.domain.InboxItemRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's inbox: what the institute has told them, newest first, and what they have read. Every
 * method works on the signed-in account's own items only.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private final InboxItemRepository items;
    private final AccountService accounts;
    private final Clock clock;

    InboxService(InboxItemRepository items, AccountService accounts, Clock clock) {
        this.items = items;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<InboxEntry> currentItems(Pageable pageable) {
        return items.findByAccountIdOrderByCreatedAtDescIdDesc(currentAccountId(), pageable).stream()
                .map(InboxItem::toEntry).toList();
    }

    public long countCurrentItems() {
        return items.countByAccountId(currentAccountId());
    }

    public long countCurrentUnread() {
        return items.countByAccountIdAndReadAtIsNull(currentAccountId());
    }

    @Transactional
    public InboxEntry markRead(long itemId) {
        var item = items.findByIdAndAccountId(itemId, currentAccountId())
                .orElseThrow(() -> new InboxItemNotFoundException(itemId));
        item.markRead(clock.instant());
        return item.toEntry();
    }

    @Transactional
    public void markAllCurrentRead() {
        items.markAllRead(currentAccountId(), clock.instant());
    }

    private long currentAccountId() {
        return accounts.currentAccount().id();
    }
}
