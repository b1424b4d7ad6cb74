package org.guildhall.identity;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Issue 11: an account another module (or the demo data, or the first-admin set-up) creates meets the rules of
 * registration; no weak password enters by the side door.
 */
@IntegrationTest
class AccountProvisioningIntegrationTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;

    @Test
    void a_provisioned_account_holds_its_roles_with_a_verified_address() {
        var assessor = provisioning.createAccount("Rohan Desai", TestAccounts.uniqueEmail("rohan"),
                TestAccounts.PASSWORD, Role.MEMBER, Role.ASSESSOR);

        assertThat(assessor.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ASSESSOR);
        assertThat(accounts.findByEmail(assessor.email())).isPresent();
    }

    @Test
    void a_password_registration_would_refuse_is_refused_here_too() {
        String email = TestAccounts.uniqueEmail("weak");

        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> provisioning.createAccount("Wanda Weak", email, "password123", Role.MEMBER))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .contains(Field.PASSWORD.component()));
        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> provisioning.createAccount("Wanda Weak", email, "short", Role.REGISTRAR));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void an_address_already_taken_or_malformed_is_refused_on_its_field() {
        var first = provisioning.createAccount("Grace Lindqvist", TestAccounts.uniqueEmail("grace"),
                TestAccounts.PASSWORD, Role.MEMBER);

        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> provisioning.createAccount("Grace Again", first.email(), TestAccounts.PASSWORD,
                        Role.MEMBER))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .contains(Field.EMAIL.component()));
        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> provisioning.createAccount("No Address", "not-an-address", TestAccounts.PASSWORD,
                        Role.MEMBER))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .contains(Field.EMAIL.component()));
    }

    @Test
    void an_applicant_holds_no_other_role_and_every_account_holds_one() {
        String email = TestAccounts.uniqueEmail("mixed");

        assertThatIllegalArgumentException().isThrownBy(() -> provisioning.createAccount("Mixed Roles", email,
                TestAccounts.PASSWORD, Role.APPLICANT, Role.ASSESSOR));
        assertThatIllegalArgumentException().isThrownBy(() -> provisioning.createAccount("No Roles", email,
                TestAccounts.PASSWORD));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
