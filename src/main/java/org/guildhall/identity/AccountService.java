package org.guildhall.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.domain.AccountToken;
import org.guildhall.identity.domain.AccountToken.Purpose;
import org.guildhall.identity.domain.AccountTokenRepository;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.identity.domain.RoleChange;
import org.guildhall.identity.domain.RoleChangeRepository;
import org.guildhall.identity.internal.AccountSessions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their roles: registration of applicants, the signed-in person's own account, and the admin's
 * staff-role management. Every change of a staff role is written to the audit trail in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    static final Duration EMAIL_VERIFICATION_VALIDITY = Duration.ofDays(7);
    static final Duration PASSWORD_RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final RoleChangeRepository roleChanges;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccountTokenRepository tokens;
    private final AccountSessions sessions;

    AccountService(AccountRepository accounts, RoleChangeRepository roleChanges, PasswordEncoder passwordEncoder,
            Clock clock, ApplicationEventPublisher events, AccountTokenRepository tokens, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.roleChanges = roleChanges;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates an applicant account; every problem with the input is reported at once, per field. Publishes
     * {@link AccountRegistered}.
     */
    @Transactional
    public AccountSummary register(String fullName, String email, String password) {
        var problems = new EnumMap<Field, String>(Field.class);
        if (fullName.isBlank()) {
            problems.put(Field.FULL_NAME, "Enter your full name.");
        } else if (fullName.strip().length() > Account.MAX_NAME_LENGTH) {
            problems.put(Field.FULL_NAME, "Use at most " + Account.MAX_NAME_LENGTH + " characters.");
        }
        if (!EmailAddress.isValid(email)) {
            problems.put(Field.EMAIL, "Enter an email address like name@example.org.");
        } else if (accounts.existsByEmail(new EmailAddress(email).value())) {
            problems.put(Field.EMAIL, "This email address is already registered. Sign in, or use another address.");
        }
        PasswordPolicy.weakness(password, email, fullName).ifPresent(reason -> problems.put(Field.PASSWORD, reason));
        if (!problems.isEmpty()) {
            throw new InvalidAccountDataException(problems);
        }
        var account = new Account(new EmailAddress(email), fullName, passwordEncoder.encode(password), Role.APPLICANT,
                clock.instant());
        AccountSummary registered;
        try {
            registered = accounts.saveAndFlush(account).toSummary();
        } catch (DataIntegrityViolationException raceWithSameEmail) {
            throw new InvalidAccountDataException(Field.EMAIL,
                    "This email address is already registered. Sign in, or use another address.");
        }
        events.publishEvent(new AccountRegistered(registered.id(), registered.email(), registered.fullName()));
        var verification = issue(registered.id(), Purpose.VERIFY_EMAIL, EMAIL_VERIFICATION_VALIDITY);
        events.publishEvent(new EmailVerificationRequested(registered.id(), registered.email(), registered.fullName(),
                verification));
        return registered;
    }

    /** Confirms the address a verification link was sent to. */
    @Transactional
    public AccountSummary verifyEmail(String secret) {
        var token = usableToken(secret, Purpose.VERIFY_EMAIL);
        var account = accounts.findById(token.accountId()).orElseThrow(InvalidLinkException::new);
        account.verifyEmail(clock.instant());
        token.use(clock.instant());
        return account.toSummary();
    }

    /**
     * Emails a single-use reset link if an account has this address. Whether it has is never revealed: the caller
     * shows the same answer either way.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        accounts.findByEmail(new EmailAddress(email).value()).ifPresent(account -> {
            var secret = issue(account.id(), Purpose.RESET_PASSWORD, PASSWORD_RESET_VALIDITY);
            events.publishEvent(new PasswordResetRequested(account.id(), account.email(), account.fullName(),
                    secret));
        });
    }

    /**
     * Sets a new password through a reset link, which is then used up; a lock-out ends with it, and so does every
     * session opened with the old password.
     */
    @Transactional
    public void resetPassword(String secret, String newPassword) {
        var token = usableToken(secret, Purpose.RESET_PASSWORD);
        var account = accounts.findById(token.accountId()).orElseThrow(InvalidLinkException::new);
        PasswordPolicy.weakness(newPassword, account.email(), account.fullName()).ifPresent(reason -> {
            throw new InvalidAccountDataException(Field.PASSWORD, reason);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        account.recordSuccessfulLogin();
        token.use(clock.instant());
        sessions.endOtherSessionsOf(account.id());
    }

    private String issue(long accountId, Purpose purpose, Duration validity) {
        var issued = AccountToken.issue(accountId, purpose, clock.instant(), validity);
        tokens.save(issued.token());
        return issued.secret();
    }

    private AccountToken usableToken(String secret, Purpose purpose) {
        return tokens.findByTokenHash(AccountToken.hash(secret))
                .filter(token -> token.isUsableFor(purpose, clock.instant()))
                .orElseThrow(InvalidLinkException::new);
    }

    public Optional<AccountSummary> findByEmail(String email) {
        return EmailAddress.isValid(email)
                ? accounts.findByEmail(new EmailAddress(email).value()).map(Account::toSummary)
                : Optional.empty();
    }

    /** Any account's public face, for other modules' services, which authorise their own callers. */
    public AccountSummary summaryOf(long accountId) {
        return accounts.findById(accountId).map(Account::toSummary)
                .orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    /** The employer on an account's profile, if they gave one, for staff checking conflicts of interest. */
    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public Optional<String> employerOf(long accountId) {
        return Optional.ofNullable(accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId))
                .profile().employer());
    }

    /** An approved applicant becomes a member: the MEMBER role replaces APPLICANT. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void admitAsMember(long accountId) {
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        account.grant(Role.MEMBER);
        account.revoke(Role.APPLICANT);
    }

    public boolean anyAccountHolds(Role role) {
        return accounts.countWithRole(role) > 0;
    }

    public AccountSummary currentAccount() {
        return signedIn().toSummary();
    }

    public ProfileDetails currentProfile() {
        return signedIn().profile();
    }

    @Transactional
    public ProfileDetails updateCurrentProfile(ProfileDetails details) {
        var problems = new EnumMap<Field, String>(Field.class);
        if (details.fullName().isBlank() || details.fullName().strip().length() > Account.MAX_NAME_LENGTH) {
            problems.put(Field.FULL_NAME, "Enter a name of 1 to " + Account.MAX_NAME_LENGTH + " characters.");
        }
        if (details.phone() != null && !details.phone().isBlank()
                && !details.phone().strip().matches("\\+?[0-9 ()\\-]{6," + ProfileDetails.MAX_PHONE + "}")) {
            problems.put(Field.PHONE, "Enter a phone number of digits, spaces and an optional leading +.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountDataException(problems);
        }
        var account = signedIn();
        account.updateProfile(details);
        return account.profile();
    }

    /**
     * Moves the signed-in account to another email address (its sign-in name); the current password proves it is
     * the owner at the keyboard. The caller signs the person out, as their session still names the old address.
     */
    @Transactional
    public AccountSummary changeCurrentEmail(String newEmail, String currentPassword) {
        var account = signedIn();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidAccountDataException(Field.CURRENT_PASSWORD, "This is not your current password.");
        }
        if (!EmailAddress.isValid(newEmail)) {
            throw new InvalidAccountDataException(Field.EMAIL, "Enter an email address like name@example.org.");
        }
        var address = new EmailAddress(newEmail);
        if (address.value().equals(account.email())) {
            throw new InvalidAccountDataException(Field.EMAIL, "This is already your email address.");
        }
        if (accounts.existsByEmail(address.value())) {
            throw new InvalidAccountDataException(Field.EMAIL, "Another account already uses this email address.");
        }
        account.changeEmail(address);
        var changed = accounts.saveAndFlush(account).toSummary();
        var verification = issue(changed.id(), Purpose.VERIFY_EMAIL, EMAIL_VERIFICATION_VALIDITY);
        events.publishEvent(new EmailVerificationRequested(changed.id(), changed.email(), changed.fullName(),
                verification));
        return changed;
    }

    /** A new password for the signed-in person; their sessions elsewhere end, this one goes on. */
    @Transactional
    public void changeCurrentPassword(String currentPassword, String newPassword) {
        var account = signedIn();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidAccountDataException(Field.CURRENT_PASSWORD, "This is not your current password.");
        }
        PasswordPolicy.weakness(newPassword, account.email(), account.fullName()).ifPresent(reason -> {
            throw new InvalidAccountDataException(Field.PASSWORD, reason);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        sessions.endOtherSessionsOf(account.id());
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<AccountSummary> search(String text, Pageable pageable) {
        return accounts.search(text.strip(), pageable).map(Account::toSummary).getContent();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countMatching(String text) {
        return accounts.search(text.strip(), Pageable.ofSize(1)).getTotalElements();
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public List<AccountSummary> searchWithRole(Role role, String text, Pageable pageable) {
        return accounts.searchWithRole(role, text.strip(), pageable).map(Account::toSummary).getContent();
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public long countWithRole(Role role, String text) {
        return accounts.searchWithRole(role, text.strip(), Pageable.ofSize(1)).getTotalElements();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public AccountSummary grantStaffRole(long accountId, Role role) {
        return changeStaffRole(accountId, role, true);
    }

    /** Takes a staff role away; the account's open sessions end, so none goes on using the role. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public AccountSummary revokeStaffRole(long accountId, Role role) {
        return changeStaffRole(accountId, role, false);
    }

    /** The admin's "sign out everywhere": every open session of the account ends at its next request. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public void signOutEverywhere(long accountId) {
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        sessions.endOtherSessionsOf(account.id());
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<RoleChangeEntry> roleChanges(Pageable pageable) {
        return roleChanges.findAllByOrderByChangedAtDescIdDesc(pageable).map(RoleChange::toEntry).getContent();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countRoleChanges() {
        return roleChanges.count();
    }

    /** When and by whom the signed-in person was last given a staff role, if an admin gave it. */
    public Optional<RoleChangeEntry> currentStaffRoleGrant(Role role) {
        return roleChanges.findFirstByAccountIdAndRoleAndGrantedTrueOrderByChangedAtDesc(signedIn().id(), role)
                .map(RoleChange::toEntry);
    }

    private AccountSummary changeStaffRole(long accountId, Role role, boolean grant) {
        if (!role.isStaffRole()) {
            throw new IllegalArgumentException(role + " is not a staff role an admin grants");
        }
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        boolean changed = grant ? account.grant(role) : account.revoke(role);
        if (changed) {
            roleChanges.save(new RoleChange(account, role, grant, signedInEmail(), clock.instant()));
            if (!grant) {
                sessions.endOtherSessionsOf(account.id());
            }
        }
        return account.toSummary();
    }

    private Account signedIn() {
        return accounts.findByEmail(signedInEmail())
                .orElseThrow(() -> new AccessDeniedException("No signed-in account"));
    }

    private static String signedInEmail() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return authentication.getName();
    }
}
