package org.guildhall.notification.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.notification.InboxEntry;
import org.jspecify.annotations.Nullable;

/** One notification or task in a person's inbox, unread until they open it. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String title;

    private String body;

    private @Nullable String link;

    private Instant createdAt;

    private @Nullable Instant readAt;

    protected InboxItem() {
    }

    public InboxItem(long accountId, String title, String body, @Nullable String link, Instant createdAt) {
        this.accountId = accountId;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    /** Keeps the first reading's time: opening an item again changes nothing. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public InboxEntry toEntry() {
        return new InboxEntry(id, title, body, link, createdAt, readAt);
    }
}
