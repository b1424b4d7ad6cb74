package org.guildhall.notification.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the institute tells one person about one thing that happened: the same words reach their inbox and, as a
 * plain-text email, their address. The occasion names the event (its type and the business id it carries), so
 * an event delivered twice still notifies each person once.
 *
 * @param route a page of the portal the person should go to next (e.g. {@code membership/eligibility}), or null
 */
public record Notice(String occasion, Recipient recipient, String subject, String text, @Nullable String route,
        boolean toInbox) {

    public static final int MAX_SUBJECT_LENGTH = 200;
    /** Leaves room in the 4,000-character email body for the greeting, the links and the signature. */
    public static final int MAX_TEXT_LENGTH = 3000;

    public Notice {
        if (occasion.isBlank()) {
            throw new IllegalArgumentException("A notice needs the occasion it is about");
        }
        if (subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("A subject has 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("A notice's text has 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        if (route != null && (route.startsWith("/") || route.contains("://"))) {
            throw new IllegalArgumentException("A route is a path inside the portal, like 'membership/eligibility'");
        }
    }

    /** A notice for both the inbox and the email. */
    public Notice(String occasion, Recipient recipient, String subject, String text, @Nullable String route) {
        this(occasion, recipient, subject, text, route, true);
    }

    /**
     * A notice for the email only: its link proves the reader holds the mailbox (verification, password reset),
     * so it must not also sit in the portal's inbox, and the outbox removes it from the stored email once sent.
     */
    public static Notice emailOnly(String occasion, Recipient recipient, String subject, String text, String route) {
        return new Notice(occasion, recipient, subject, text, route, false);
    }

    /** Who is told: their account (for the inbox) and their address and name (for the email). */
    public record Recipient(long accountId, String email, String fullName) {
    }

    /** Unique per event and person: the outbox refuses a second email with the same key. */
    public String idempotencyKey() {
        return occasion + "/" + recipient.accountId();
    }

    /** The email: a greeting, the text, the link to the next step, and a pointer to the inbox. */
    public String emailBody(String portalBaseUrl) {
        String base = portalBaseUrl.endsWith("/") ? portalBaseUrl : portalBaseUrl + "/";
        var body = new StringBuilder("Dear ").append(recipient.fullName()).append(",\n\n")
                .append(text.strip()).append("\n");
        if (route != null) {
            String link = base + route;
            body.append("\n").append(toInbox ? link : OutboundEmail.secretLink(link)).append("\n");
        }
        body.append("\n-- \nGuildhall, the member and certification portal of the institute.\n");
        if (toInbox) {
            body.append("This message is also in your inbox: ").append(base).append("inbox\n");
        }
        return body.toString();
    }
}
