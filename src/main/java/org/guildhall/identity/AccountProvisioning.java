package org.guildhall.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.shared.Text;
import org.guildhall.shared.ForOtherModules;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts the institute creates rather than their holders: the first admin, demo data, and any module that
 * enrols people. They meet the rules of registration (a name, a valid address no account has, a password the
 * {@link PasswordPolicy} accepts, so a weak one cannot enter by the side door) and a coherent set of roles: at
 * least one, and an applicant holds no other. The address counts as verified, since the institute gave it.
 */
@Service
@ForOtherModules
@NamedInterface("api")
public class AccountProvisioning {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final RoleHeadcounts headcounts;

    AccountProvisioning(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            Clock clock, RoleHeadcounts headcounts) {
        this.accounts = accounts;
        this.headcounts = headcounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /**
     * @throws InvalidAccountDataException with a message per field the rules refuse
     * @throws IllegalArgumentException for a set of roles no account may hold
     */
    @Transactional
    public AccountSummary createAccount(String fullName, String email, String password, Role... roles) {
        requireCoherent(List.of(roles));
        var problems = NewAccountChecks.problems(fullName, email, password, passwordPolicy);
        if (!problems.containsKey(Field.EMAIL) && accounts.existsByEmail(new EmailAddress(email).value())) {
            problems.put(Field.EMAIL, Text.of("identity.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountDataException(problems);
        }
        var account = new Account(new EmailAddress(email), fullName.strip(), passwordEncoder.encode(password), roles[0],
                clock.instant());
        for (Role role : roles) {
            account.grant(role);
        }
        account.verifyEmail(clock.instant());
        try {
            var saved = accounts.saveAndFlush(account).toSummary();
            headcounts.forget();
            return saved;
        } catch (DataIntegrityViolationException sameEmailAtOnce) {
            throw new InvalidAccountDataException(Field.EMAIL, "identity.email.taken");
        }
    }

    private static void requireCoherent(List<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account holds at least one role");
        }
        if (roles.contains(Role.APPLICANT) && EnumSet.copyOf(roles).size() > 1) {
            throw new IllegalArgumentException("An applicant holds no other role until the registrar approves them");
        }
    }
}
