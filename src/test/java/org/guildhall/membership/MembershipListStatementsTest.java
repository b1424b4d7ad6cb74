package org.guildhall.membership;

import java.util.Set;

import org.guildhall.TestAccounts;
import org.guildhall.ViewStatementsTest;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the registrar's application queue and the register cost the same statements at 1 and 50 rows. */
class MembershipListStatementsTest extends ViewStatementsTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_application_queue() {
        submitApplications(1);
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/applications", "queue-grid");
        submitApplications(49);
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/applications", "queue-grid");
        assertThat(rowsOf("queue-grid")).isGreaterThanOrEqualTo(50);
        report("Registrar applications", few, many);
        assertConstant("Registrar applications", few, many, 6);
    }

    @Test
    void the_register() {
        TestAccounts.member(provisioning, memberships, "Register Member");
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/register", "register-grid");
        for (int i = 0; i < 49; i++) {
            TestAccounts.member(provisioning, memberships, "Register Member");
        }
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/register", "register-grid");
        report("Register", few, many);
        assertConstant("Register", few, many, 6);
    }

    private void submitApplications(int count) {
        for (int i = 0; i < count; i++) {
            var applicant = accounts.register("Queue Applicant", TestAccounts.uniqueEmail("queue"),
                    TestAccounts.PASSWORD).orElseThrow();
            TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
            memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, true, false, false, false,
                    false, false, Set.of(EmploymentSituation.CLIENT_SERVICE_PROFESSIONAL)),
                    MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
            memberships.submit();
        }
    }
}
