package org.guildhall.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.calendar.domain.CalendarFeed;
import org.guildhall.calendar.domain.CalendarFeedRepository;
import org.guildhall.calendar.internal.CalendarWriter;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.platform.PortalAddress;
import org.guildhall.platform.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's bookings in their calendar: the file of one booking, their upcoming bookings, and the personal feed
 * a calendar application subscribes to. The feed's address carries a secret shown once (only its hash is kept);
 * making a new one or revoking it stops the old address at once.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    /** Where a feed is served; the secret follows. */
    public static final String FEED_PATH = "calendar/feed/";

    private final List<CalendarContributor> contributors;
    private final CalendarFeedRepository feeds;
    private final CalendarWriter writer;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final Translations translations;
    private final PortalAddress portal;
    private final Clock clock;

    CalendarService(List<CalendarContributor> contributors, CalendarFeedRepository feeds, CalendarWriter writer,
            AccountService accounts, AccountDirectory directory, Translations translations, PortalAddress portal,
            Clock clock) {
        this.contributors = contributors;
        this.feeds = feeds;
        this.writer = writer;
        this.accounts = accounts;
        this.directory = directory;
        this.translations = translations;
        this.portal = portal;
        this.clock = clock;
    }

    /** The {@code .ics} file of one of the signed-in person's bookings, cancelled ones too; anyone else's is not found. */
    @PreAuthorize("isAuthenticated()")
    public byte[] myFile(String kind, long bookingId, Locale locale) {
        long me = accounts.currentAccount().id();
        var entry = contributors.stream().filter(contributor -> contributor.kind().equals(kind)).findFirst()
                .flatMap(contributor -> contributor.entryOf(bookingId, me))
                .orElseThrow(CalendarEntryNotFoundException::new);
        return writer.write(List.of(entry), locale, null, clock.instant());
    }

    /** The signed-in person's bookings that have not ended, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> myUpcoming() {
        return upcomingFor(accounts.currentAccount().id());
    }

    /** When the signed-in person's feed address was made; empty when they have none. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> myFeedMadeAt() {
        return feeds.findById(accounts.currentAccount().id()).map(CalendarFeed::createdAt);
    }

    /**
     * A new feed address for the signed-in person, replacing any earlier one (which stops working). The address
     * is shown this once: only the hash of its secret is kept.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String openMyFeed() {
        long me = accounts.currentAccount().id();
        var feed = feeds.findById(me).orElseGet(() -> new CalendarFeed(me));
        String secret = feed.renew(clock.instant());
        feeds.save(feed);
        return portal.link(FEED_PATH + secret);
    }

    /** Stops the signed-in person's feed address from working; nothing happens when they have none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeMyFeed() {
        feeds.deleteById(accounts.currentAccount().id());
    }

    /**
     * The feed whose address carries {@code secret}: its owner's upcoming bookings, in their language. Not signed
     * in: the secret is the credential, and an unknown or revoked one finds nothing.
     */
    public Optional<byte[]> feed(String secret) {
        return feeds.findByTokenHash(CalendarFeed.hash(secret)).map(feed -> {
            Locale language = directory.languageOf(feed.accountId());
            return writer.write(upcomingFor(feed.accountId()), language,
                    translations.text(language, "calendar.feed.name"), clock.instant());
        });
    }

    private List<CalendarEntry> upcomingFor(long accountId) {
        Instant now = clock.instant();
        return contributors.stream()
                .flatMap(contributor -> contributor.upcomingFor(accountId, now).stream())
                .sorted(Comparator.comparing(CalendarEntry::start))
                .toList();
    }
}
