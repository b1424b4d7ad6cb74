package org.guildhall.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
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
import org.jspecify.annotations.Nullable;

/**
 * A person who can sign in: their email (the login name), name, password hash, roles, and the count of failed
 * sign-ins that drives the lock-out.
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

    private String passwordHash;

    private int failedLoginCount;

    private @Nullable Instant lockedUntil;

    private Instant createdAt;

    private @Nullable String phone;

    private @Nullable String postalAddress;

    private @Nullable String employer;

    private @Nullable String jobTitle;

    private @Nullable Instant emailVerifiedAt;

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

    public ProfileDetails profile() {
        return new ProfileDetails(fullName, phone, postalAddress, employer, jobTitle);
    }

    /** A new address is unconfirmed until its owner follows a verification link. */
    public void changeEmail(EmailAddress email) {
        this.email = email.value();
        this.emailVerifiedAt = null;
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

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts a wrong password; the failure that reaches the policy's limit locks the account and restarts the count. */
    public void recordFailedLogin(Instant now, LoginThrottlePolicy policy) {
        if (isLockedAt(now)) {
            return;
        }
        failedLoginCount++;
        if (failedLoginCount >= policy.maxConsecutiveFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedLoginCount = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLoginCount = 0;
        lockedUntil = null;
    }

    public int failedLoginCount() {
        return failedLoginCount;
    }

    public AccountSummary toSummary() {
        return new AccountSummary(id, email, fullName, roles(), createdAt);
    }
}
