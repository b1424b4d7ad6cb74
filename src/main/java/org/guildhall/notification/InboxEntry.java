package org.guildhall.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One notification in a person's inbox, as views see it; {@code link} is a route inside the portal, if any. */
public record InboxEntry(long id, String title, String body, @Nullable String link, Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** Equal by id: a grid keeps an entry's row and open details when it is refreshed as read. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InboxEntry entry && entry.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
