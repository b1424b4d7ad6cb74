package org.guildhall.notification.domain;

import java.util.function.Function;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * What the institute tells one person about one thing that happened: the same words reach their inbox and, as a
 * plain-text email, their address, written in the language the person chose (the subject and text are keys of the
 * notification bundle with their arguments, put into words when the notice is posted). The occasion names the
 * event (its type and the business id it carries), so an event delivered twice still notifies each person once.
 *
 * @param route a page of the portal the person should go to next (e.g. {@code membership/eligibility}), or null
 */
public record Notice(String occasion, Recipient recipient, Text subject, Text text, @Nullable String route,
        boolean toInbox) {

    public static final int MAX_SUBJECT_LENGTH = 200;
    /** Leaves room in the 4,000-character email body for the greeting, the links and the signature. */
    public static final int MAX_TEXT_LENGTH = 3000;

    public Notice {
        if (occasion.isBlank()) {
            throw new IllegalArgumentException("A notice needs the occasion it is about");
        }
        if (route != null && (route.startsWith("/") || route.contains("://"))) {
            throw new IllegalArgumentException("A route is a path inside the portal, like 'membership/eligibility'");
        }
        checkLengths(subject.english(), text.english());
    }

    /** A notice for both the inbox and the email. */
    public Notice(String occasion, Recipient recipient, Text subject, Text text, @Nullable String route) {
        this(occasion, recipient, subject, text, route, true);
    }

    /** A notice whose words are not yet keys (shown as they are, in English). */
    public Notice(String occasion, Recipient recipient, String subject, String text, @Nullable String route) {
        this(occasion, recipient, Text.of(subject), Text.of(text), route, true);
    }

    /**
     * A notice for the email only: its link proves the reader holds the mailbox (verification, password reset),
     * so it must not also sit in the portal's inbox, and the outbox removes it from the stored email once sent.
     */
    public static Notice emailOnly(String occasion, Recipient recipient, Text subject, Text text, String route) {
        return new Notice(occasion, recipient, subject, text, route, false);
    }

    /** Who is told: their account (for the inbox and their language) and their address and name (for the email). */
    public record Recipient(long accountId, String email, String fullName) {
    }

    /** Unique per event and person: the outbox refuses a second email with the same key. */
    public String idempotencyKey() {
        return occasion + "/" + recipient.accountId();
    }

    /** The notice in words, by {@code write} (a text in the reader's language); checked against the lengths stored. */
    public Written write(Function<Text, String> write) {
        var written = new Written(write.apply(subject), write.apply(text), write);
        checkLengths(written.subject(), written.text());
        return written;
    }

    /** The email in English: for tests and logs. */
    public String emailBody(String portalBaseUrl) {
        return write(Text::english).emailBody(portalBaseUrl);
    }

    private static void checkLengths(String subject, String text) {
        if (subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("A subject has 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("A notice's text has 1 to " + MAX_TEXT_LENGTH + " characters");
        }
    }

    /** The notice in one language: the subject and text as the inbox shows them, and the email around them. */
    public final class Written {

        private final String subject;
        private final String text;
        private final Function<Text, String> write;

        private Written(String subject, String text, Function<Text, String> write) {
            this.subject = subject;
            this.text = text;
            this.write = write;
        }

        public String subject() {
            return subject;
        }

        public String text() {
            return text;
        }

        /** The email: a greeting, the text, the link to the next step, and a pointer to the inbox. */
        public String emailBody(String portalBaseUrl) {
            String base = portalBaseUrl.endsWith("/") ? portalBaseUrl : portalBaseUrl + "/";
            var body = new StringBuilder(write.apply(Text.of("notification.email.greeting", recipient.fullName())))
                    .append("\n\n").append(text.strip()).append("\n");
            if (route != null) {
                String link = base + route;
                body.append("\n").append(toInbox ? link : OutboundEmail.secretLink(link)).append("\n");
            }
            body.append("\n-- \n").append(write.apply(Text.of("notification.email.signature"))).append("\n");
            if (toInbox) {
                body.append(write.apply(Text.of("notification.email.inbox", base + "inbox"))).append("\n");
            }
            return body.toString();
        }
    }
}
