package org.guildhall.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
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
import org.guildhall.identity.internal.RequestRateLimits;
import org.guildhall.platform.ReadOnlyRequests;
import org.guildhall.identity.internal.RequestRateLimits.Limited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the other modules and signed-out visitors meet them: registration of applicants, the emailed links
 * (address confirmation, password reset), and looking accounts up. The signed-in person's own changes are
 * {@link MyAccountService}; the admin's staff-role management is {@link AccountAdministrationService}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class AccountService {

    static final Duration EMAIL_VERIFICATION_VALIDITY = Duration.ofDays(7);
    static final Duration PASSWORD_RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final RequestRateLimits rateLimits;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final AccountTokenRepository tokens;
    private final AccountCredentials credentials;
    private final SignedIn signedIn;
    private final RoleHeadcounts headcounts;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            RequestRateLimits rateLimits, Clock clock, ApplicationEventPublisher publisher,
            AccountTokenRepository tokens, AccountCredentials credentials, SignedIn signedIn,
            RoleHeadcounts headcounts) {
        this.accounts = accounts;
        this.headcounts = headcounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.publisher = publisher;
        this.credentials = credentials;
        this.signedIn = signedIn;
    }

    /**
     * Creates an applicant account; every problem with the input is reported at once, per field. Publishes
     * {@link AccountRegistered} and sends a verification link. An address that already has an account gets no
     * second one and no different answer: the caller shows the same "check your email" either way, and the
     * owner is emailed about the attempt ({@link RegistrationAttemptedOnExistingAccount}).
     *
     * @return the new account, or empty when the address had one already (never to be shown to the person)
     * @throws TooManyRequestsException past the registrations per client or the emails per address allowed
     */
    @Transactional
    public Optional<AccountSummary> register(String fullName, String email, String password) {
        var problems = NewAccountChecks.problems(fullName, email, password, passwordPolicy);
        if (!problems.isEmpty()) {
            throw new InvalidAccountDataException(problems);
        }
        var address = new EmailAddress(email);
        rateLimits.takeForCurrentClient(Limited.REGISTRATION_PER_CLIENT);
        rateLimits.take(Limited.VERIFICATION_EMAIL_PER_ADDRESS, address.value());
        // Hashed either way, so the answer takes as long for a taken address as for a new one.
        String passwordHash = passwordEncoder.encode(password);
        var existing = accounts.findByEmail(address.value());
        if (existing.isPresent()) {
            var owner = existing.get();
            publisher.publishEvent(new RegistrationAttemptedOnExistingAccount(owner.id(), owner.email(),
                    owner.fullName(), clock.instant()));
            return Optional.empty();
        }
        AccountSummary registered;
        try {
            registered = accounts.saveAndFlush(new Account(address, fullName, passwordHash, Role.APPLICANT,
                    clock.instant())).toSummary();
            headcounts.forget();
        } catch (DataIntegrityViolationException raceWithSameEmail) {
            throw new InvalidAccountDataException(Field.EMAIL, "identity.try-again");
        }
        publisher.publishEvent(new AccountRegistered(registered.id(), registered.email(), registered.fullName()));
        // A new account has no earlier links to revoke; revoking would only lock an empty range of the token index,
        // where two registrations at once deadlock.
        var verification = credentials.save(AccountToken.issue(registered.id(), Purpose.VERIFY_EMAIL,
                clock.instant(), EMAIL_VERIFICATION_VALIDITY));
        publisher.publishEvent(new EmailVerificationRequested(registered.id(), registered.email(), registered.fullName(),
                verification));
        return Optional.of(registered);
    }

    /**
     * Follows an emailed confirmation link: a new account's address is confirmed, or an email change takes effect
     * (sign-in moves to the new address, and the previous one is told with {@link EmailAddressChanged}).
     *
     * @return the account as it now is
     */
    @Transactional
    public AccountSummary verifyEmail(String secret) {
        var token = usableToken(secret, Purpose.VERIFY_EMAIL, Purpose.CONFIRM_NEW_EMAIL);
        var account = accounts.findById(token.accountId()).orElseThrow(InvalidLinkException::new);
        token.use(clock.instant());
        if (token.purpose() == Purpose.VERIFY_EMAIL) {
            account.verifyEmail(clock.instant());
            return account.toSummary();
        }
        if (account.pendingEmail() == null || accounts.existsByEmail(account.pendingEmail())) {
            throw new InvalidLinkException();
        }
        String previous = account.confirmPendingEmail(clock.instant());
        var changed = accounts.saveAndFlush(account).toSummary();
        publisher.publishEvent(new EmailAddressChanged(changed.id(), previous, changed.email(), changed.fullName(),
                clock.instant()));
        return changed;
    }

    /**
     * Emails a single-use reset link if an account has this address, and makes every earlier link of that account
     * useless. Whether it has an account is never revealed: the caller shows the same answer either way, and the
     * rate limits count the address whether or not it has one.
     *
     * @throws TooManyRequestsException past the reset emails per address or per client allowed
     */
    @Transactional
    public void requestPasswordReset(String email) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        var address = new EmailAddress(email);
        rateLimits.takeForCurrentClient(Limited.RESET_EMAIL_PER_CLIENT);
        rateLimits.take(Limited.RESET_EMAIL_PER_ADDRESS, address.value());
        accounts.findByEmail(address.value()).ifPresent(account -> {
            var secret = credentials.issue(account.id(), Purpose.RESET_PASSWORD, PASSWORD_RESET_VALIDITY);
            publisher.publishEvent(new PasswordResetRequested(account.id(), account.email(), account.fullName(),
                    secret));
        });
    }

    /**
     * Sets a new password through a reset link; the link and every other reset link of the account are then used
     * up, a pause after wrong passwords ends, every session opened with the old password ends, and the holder is
     * told ({@link PasswordChanged}).
     */
    @Transactional
    public void resetPassword(String secret, String newPassword) {
        var token = usableToken(secret, Purpose.RESET_PASSWORD);
        var account = accounts.findById(token.accountId()).orElseThrow(InvalidLinkException::new);
        credentials.refuseWeak(newPassword, account);
        token.use(clock.instant());
        account.recordSuccessfulLogin();
        credentials.setPassword(account, newPassword);
    }

    private AccountToken usableToken(String secret, Purpose... purposes) {
        return tokens.findByTokenHash(AccountToken.hash(secret))
                .filter(token -> Arrays.stream(purposes).anyMatch(purpose -> token.isUsableFor(purpose,
                        clock.instant())))
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
        headcounts.forget();
    }

    public boolean anyAccountHolds(Role role) {
        return accounts.countWithRole(role.name()) > 0;
    }

    /**
     * Read once per Vaadin request ({@link ReadOnlyRequests#once}), joining the caller's transaction if there is
     * one: a view and the services it calls ask for it many times.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public AccountSummary currentAccount() {
        return signedIn.snapshot().map(SignedIn.Snapshot::summary)
                .orElseThrow(() -> new AccessDeniedException("No signed-in account"));
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public List<AccountSummary> searchWithRole(Role role, String text, Pageable pageable) {
        return accounts.searchWithRole(role, text.strip(), pageable).map(Account::toSummary).getContent();
    }

    /** How many hold the role, for a home page's figures: at most a minute old (issue 15). */
    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public long headcount(Role role) {
        return headcounts.of(role);
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public long countWithRole(Role role, String text) {
        // Home pages count everyone holding a role: from the roles alone, not 100k accounts matched against "".
        return text.isBlank() ? accounts.countWithRole(role.name())
                : accounts.searchWithRole(role, text.strip(), Pageable.ofSize(1)).getTotalElements();
    }
}
