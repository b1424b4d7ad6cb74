package org.guildhall.identity;

import static org.guildhall.identity.AccountService.EMAIL_VERIFICATION_VALIDITY;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.domain.AccountToken.Purpose;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.RoleChange;
import org.guildhall.identity.domain.RoleChangeRepository;
import org.guildhall.identity.internal.RequestRateLimits;
import org.guildhall.identity.internal.RequestRateLimits.Limited;
import org.guildhall.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account: their profile, a change of email address (confirmed by link) or password,
 * and when they were given a staff role. Every method acts on the caller's own account only.
 */
@Service
@Transactional(readOnly = true)
public class MyAccountService {

    private final AccountRepository accounts;
    private final RoleChangeRepository roleChanges;
    private final PasswordEncoder passwordEncoder;
    private final RequestRateLimits rateLimits;
    private final AccountCredentials credentials;
    private final SignedIn signedIn;
    private final ApplicationEventPublisher publisher;

    MyAccountService(AccountRepository accounts, RoleChangeRepository roleChanges, PasswordEncoder passwordEncoder,
            RequestRateLimits rateLimits, AccountCredentials credentials, SignedIn signedIn,
            ApplicationEventPublisher publisher) {
        this.accounts = accounts;
        this.roleChanges = roleChanges;
        this.passwordEncoder = passwordEncoder;
        this.rateLimits = rateLimits;
        this.credentials = credentials;
        this.signedIn = signedIn;
        this.publisher = publisher;
    }

    public ProfileDetails currentProfile() {
        return signedIn.account().profile();
    }

    @Transactional
    public ProfileDetails updateCurrentProfile(ProfileDetails details) {
        var problems = new EnumMap<Field, Text>(Field.class);
        if (details.fullName().isBlank() || details.fullName().strip().length() > Account.MAX_NAME_LENGTH) {
            problems.put(Field.FULL_NAME, Text.of("identity.name.length", Account.MAX_NAME_LENGTH));
        }
        if (details.phone() != null && !details.phone().isBlank()
                && !details.phone().strip().matches("\\+?[0-9 ()\\-]{6," + ProfileDetails.MAX_PHONE + "}")) {
            problems.put(Field.PHONE, Text.of("identity.phone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountDataException(problems);
        }
        var account = signedIn.account();
        account.updateProfile(details);
        return account.profile();
    }

    /**
     * Asks to move the signed-in account to another email address (its sign-in name); the current password proves
     * it is the owner at the keyboard. Nothing changes until the link emailed to the new address is followed
     * ({@link #verifyEmail}); until then the account signs in with its current address. An address that another
     * account uses gets the same answer and no email, so the form cannot tell who is registered.
     *
     * @throws TooManyRequestsException past the confirmation emails per address or per client allowed
     */
    @Transactional
    public void changeCurrentEmail(EmailChangeData change) {
        String newEmail = change.email();
        String currentPassword = change.currentPassword();
        var account = signedIn.account();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidAccountDataException(Field.CURRENT_PASSWORD, "identity.password.not-current");
        }
        if (!EmailAddress.isValid(newEmail)) {
            throw new InvalidAccountDataException(Field.EMAIL, "identity.email.invalid");
        }
        var address = new EmailAddress(newEmail);
        if (address.value().equals(account.email())) {
            throw new InvalidAccountDataException(Field.EMAIL, "identity.email.already-yours");
        }
        rateLimits.takeForCurrentClient(Limited.VERIFICATION_EMAIL_PER_CLIENT);
        rateLimits.take(Limited.VERIFICATION_EMAIL_PER_ADDRESS, address.value());
        if (accounts.existsByEmail(address.value())) {
            return;
        }
        account.requestEmailChange(address);
        var secret = credentials.issue(account.id(), Purpose.CONFIRM_NEW_EMAIL, EMAIL_VERIFICATION_VALIDITY);
        publisher.publishEvent(new EmailChangeRequested(account.id(), address.value(), account.fullName(), secret));
    }

    /** The address the signed-in account asked to move to and has not confirmed yet, if any. */
    public Optional<String> currentPendingEmail() {
        return Optional.ofNullable(signedIn.account().pendingEmail());
    }

    /**
     * Changes the signed-in account's password; outstanding reset links stop working, the holder is told, and
     * their sessions elsewhere end while this one goes on.
     */
    @Transactional
    public void changeCurrentPassword(PasswordChangeData change) {
        var account = signedIn.account();
        if (!passwordEncoder.matches(change.currentPassword(), account.passwordHash())) {
            throw new InvalidAccountDataException(Field.CURRENT_PASSWORD, "identity.password.not-current");
        }
        credentials.refuseWeak(change.password(), account);
        credentials.setPassword(account, change.password());
    }

    /** The language the signed-in person chose in their profile, or empty when they have not chosen one. */
    public Optional<Locale> currentLanguage() {
        return signedIn.snapshot().flatMap(SignedIn.Snapshot::chosenLanguage);
    }

    /**
     * Keeps the signed-in person's language for their next sign-in, their emails and their PDFs; a language the
     * portal does not speak is taken as English.
     *
     * @return the language kept, one of {@link org.guildhall.platform.Languages#SUPPORTED}
     */
    @Transactional
    public Locale chooseCurrentLanguage(Locale chosen) {
        var account = signedIn.account();
        account.chooseLanguage(chosen);
        return account.language();
    }

    /** When and by whom the signed-in person was last given a staff role, if an admin gave it. */
    public Optional<RoleChangeEntry> currentStaffRoleGrant(Role role) {
        return roleChanges.grantsNewestFirst(signedIn.account().id(), role, Limit.of(1)).stream().findFirst()
                .map(RoleChange::toEntry);
    }
}
