package org.guildhall.identity;

import java.util.EnumMap;

import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.shared.Text;

/**
 * What every new account must meet, however it is made (self-registration or provisioning by the institute): a
 * name, a valid address and a password the {@link PasswordPolicy} accepts. Every problem is reported at once.
 */
final class NewAccountChecks {

    private NewAccountChecks() {
    }

    static EnumMap<Field, Text> problems(String fullName, String email, String password, PasswordPolicy policy) {
        var problems = new EnumMap<Field, Text>(Field.class);
        if (fullName.isBlank()) {
            problems.put(Field.FULL_NAME, Text.of("identity.name.missing"));
        } else if (fullName.strip().length() > Account.MAX_NAME_LENGTH) {
            problems.put(Field.FULL_NAME, Text.of("identity.name.too-long", Account.MAX_NAME_LENGTH));
        }
        if (!EmailAddress.isValid(email)) {
            problems.put(Field.EMAIL, Text.of("identity.email.invalid"));
        }
        policy.weakness(password, email, fullName).ifPresent(reason -> problems.put(Field.PASSWORD, reason));
        return problems;
    }
}
