package org.guildhall.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.identity.Role;
import org.guildhall.platform.Languages;
import org.jspecify.annotations.Nullable;

/**
 * A person who can sign in: their email (the login name), name, password hash, roles, and the count of failed
 * sign-ins that slows down password guessing.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String email;

    private String fullName;

    /** The last word of the name, which staff searches match the start of; MariaDB derives it (V63). */
    @Column(insertable = false, updatable = false)
    private @Nullable String surname;

    private String passwordHash;

    private int failedLoginCount;

    /** Before this moment a sign-in attempt is refused unchecked: the pause after repeated wrong passwords. */
    private @Nullable Instant nextSignInAt;

    private Instant createdAt;

    private @Nullable String phone;

    private @Nullable String postalAddress;

    private @Nullable String employer;

    private @Nullable String jobTitle;

    private @Nullable Instant emailVerifiedAt;

    /** An address the person asked to move to; they sign in with {@link #email} until the new one is confirmed. */
    private @Nullable String pendingEmail;

    /** The language chosen in the profile (a BCP 47 tag), or none yet. */
    private @Nullable String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(EmailAddress email, String fullName, String passwordHash, Role initialRole, Instant createdAt) {
        this.email = email.value();
        this.fullName = checkedName(fullName);
        this.passwordHash = passwordHash;
        this.roles.add(initialRole);
        this.createdAt = createdAt;
    }

    public static String checkedName(String fullName) {
        String name = fullName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void updateProfile(ProfileDetails details) {
        this.fullName = checkedName(details.fullName());
        this.phone = blankToNull(details.phone());
        this.postalAddress = blankToNull(details.postalAddress());
        this.employer = blankToNull(details.employer());
        this.jobTitle = blankToNull(details.jobTitle());
    }

    /** When the person was forgotten (Art. 17): the row stays under a pseudonym and can never sign in again. */
    private @Nullable Instant erasedAt;

    /** The language the person chose, English when they have not chosen. */
    public Locale language() {
        return Languages.fromTag(language);
    }

    public boolean hasChosenLanguage() {
        return language != null;
    }

    public void chooseLanguage(Locale chosen) {
        this.language = Languages.match(chosen).toLanguageTag();
    }

    public ProfileDetails profile() {
        return new ProfileDetails(fullName, phone, postalAddress, employer, jobTitle);
    }

    /** Asks to move to another address; sign-in stays with the current one until {@link #confirmPendingEmail}. */
    public void requestEmailChange(EmailAddress newEmail) {
        this.pendingEmail = newEmail.value();
    }

    public @Nullable String pendingEmail() {
        return pendingEmail;
    }

    /**
     * The owner followed the link sent to the pending address: it becomes the sign-in address, confirmed now.
     *
     * @return the address the account signed in with before
     */
    public String confirmPendingEmail(Instant now) {
        if (pendingEmail == null) {
            throw new IllegalStateException("No email change is waiting for confirmation");
        }
        String previous = email;
        this.email = pendingEmail;
        this.pendingEmail = null;
        this.emailVerifiedAt = now;
        return previous;
    }

    public void verifyEmail(Instant now) {
        this.emailVerifiedAt = now;
    }


    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** @return whether the role was newly added */
    public boolean grant(Role role) {
        return roles.add(role);
    }

    /** @return whether the account held the role */
    public boolean revoke(Role role) {
        return roles.remove(role);
    }

    /** Whether a sign-in attempt now is refused without looking at the password (see {@link LoginThrottlePolicy}). */
    public boolean isSignInPausedAt(Instant now) {
        return nextSignInAt != null && now.isBefore(nextSignInAt);
    }

    public @Nullable Instant nextSignInAt() {
        return nextSignInAt;
    }

    /** Counts a wrong password and pauses sign-in for as long as the policy says after this many in a row. */
    public void recordFailedLogin(Instant now, LoginThrottlePolicy policy) {
        if (isSignInPausedAt(now)) {
            return;
        }
        failedLoginCount++;
        nextSignInAt = policy.nextAttemptAt(failedLoginCount, now);
    }

    /** A right password or a password reset: the count of failures starts again and nothing waits. */
    public void recordSuccessfulLogin() {
        failedLoginCount = 0;
        nextSignInAt = null;
    }

    public int failedLoginCount() {
        return failedLoginCount;
    }

    /**
     * Forgets the person (Art. 17): the name becomes a pseudonym, the sign-in address one that cannot receive mail,
     * contact details and the chosen language go, and the password hash is replaced by one no password matches.
     */
    public void erase(Instant now, String unusablePasswordHash) {
        this.fullName = "Erased person " + id;
        this.email = "erased-" + id + "@erased.invalid";
        this.pendingEmail = null;
        this.phone = null;
        this.postalAddress = null;
        this.employer = null;
        this.jobTitle = null;
        this.language = null;
        this.passwordHash = unusablePasswordHash;
        this.erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public AccountSummary toSummary() {
        return new AccountSummary(id, email, fullName, roles(), createdAt);
    }
}
