package org.guildhall.identity;

import java.util.EnumMap;

import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.PasswordPolicy;

/**
 * What every new account must meet, however it is made (self-registration or provisioning by the institute): a
 * name, a valid address and a password the {@link PasswordPolicy} accepts. Every problem is reported at once.
 */
final class NewAccountChecks {

    private NewAccountChecks() {
    }

    static EnumMap<Field, String> problems(String fullName, String email, String password, PasswordPolicy policy) {
        var problems = new EnumMap<Field, String>(Field.class);
        if (fullName.isBlank()) {
            problems.put(Field.FULL_NAME, "Enter your full name.");
        } else if (fullName.strip().length() > Account.MAX_NAME_LENGTH) {
            problems.put(Field.FULL_NAME, "Use at most " + Account.MAX_NAME_LENGTH + " characters.");
        }
        if (!EmailAddress.isValid(email)) {
            problems.put(Field.EMAIL, "Enter an email address like name@example.org.");
        }
        policy.weakness(password, email, fullName).ifPresent(reason -> problems.put(Field.PASSWORD, reason));
        return problems;
    }
}
