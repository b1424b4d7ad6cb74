package org.guildhall.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One notification in a person's inbox, as views see it; {@code link} is a route inside the portal, if any. */
public record InboxEntry(long id, String title, String body, @Nullable String link, Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
