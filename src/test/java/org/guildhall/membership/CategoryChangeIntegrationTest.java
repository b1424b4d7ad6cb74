package org.guildhall.membership;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 16's category change on MariaDB: a Student who graduated applies through the questionnaire, the registrar
 * approves, the category changes at once with the pro-rated difference invoiced; a rejection keeps the category;
 * answers that do not qualify, a move not allowed and a member out of good standing are refused.
 */
@IntegrationTest
class CategoryChangeIntegrationTest {

    private static final EligibilityAnswers CALL_CENTRE_GRADUATE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, true, false, false, false, false, false, Set.of(EmploymentSituation.BPO_CALL_CENTRE));
    private static final EligibilityAnswers STILL_STUDYING = new EligibilityAnswers(StudyMode.FULL_TIME,
            false, false, false, false, false, false, false, Set.of());

    @Autowired CategoryChangeService changes;
    @Autowired MembershipService memberships;
    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_graduated_student_moves_to_professional_at_once_and_is_invoiced_the_difference_for_the_rest_of_the_term() {
        var student = student("Ravi Menon");
        TestAccounts.signInAs(student.email(), Role.MEMBER);
        assertThat(changes.movesOpenToMe()).containsExactlyInAnyOrder(MembershipCategory.CANDIDATE,
                MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        var applied = changes.apply(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL, CALL_CENTRE_GRADUATE, List.of());
        assertThat(changes.movesOpenToMe()).as("one request at a time").isEmpty();

        TestAccounts.asRegistrar();
        assertThat(changes.waiting()).extracting(CategoryChangeSummary::id).contains(applied.id());
        var approved = changes.approve(applied.id());

        assertThat(approved.status()).isEqualTo("membership.change-status.approved");
        assertThat(memberships.membershipOf(student.id()).orElseThrow().category())
                .isEqualTo(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        // Student 40.00, professional 180.00; 37 of the term's 365 days are left on 25 November.
        assertThat(payments.invoiceFor(PaymentPurpose.MEMBERSHIP_SUBSCRIPTION, "category-change:" + applied.id()))
                .hasValueSatisfying(invoice -> assertThat(invoice.amount()).isEqualByComparingTo("14.19"));
        assertThatExceptionOfType(MembershipYearRefusedException.class)
                .isThrownBy(() -> changes.approve(applied.id())).withMessageContaining("already decided");
    }

    @Test
    void a_rejection_keeps_the_category_and_needs_a_reason() {
        var student = student("Saoirse Byrne");
        TestAccounts.signInAs(student.email(), Role.MEMBER);
        long id = changes.apply(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL, CALL_CENTRE_GRADUATE, List.of())
                .id();

        TestAccounts.asRegistrar();
        assertThatExceptionOfType(MembershipYearRefusedException.class).isThrownBy(() -> changes.reject(id, " "))
                .withMessageContaining("reason");
        changes.reject(id, "The degree certificate is missing.");

        assertThat(memberships.membershipOf(student.id()).orElseThrow().category())
                .isEqualTo(MembershipCategory.STUDENT);
        TestAccounts.signInAs(student.email(), Role.MEMBER);
        assertThat(changes.myChanges()).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo("membership.change-status.rejected");
            assertThat(change.decisionNote()).isEqualTo("The degree certificate is missing.");
        });
    }

    @Test
    void answers_that_do_not_qualify_a_move_not_allowed_and_a_member_in_grace_are_refused() {
        var student = student("Tomasz Wrona");
        TestAccounts.signInAs(student.email(), Role.MEMBER);
        assertThatExceptionOfType(MembershipYearRefusedException.class)
                .isThrownBy(() -> changes.apply(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL, STILL_STUDYING,
                        List.of()))
                .withMessageContaining("do not qualify");
        assertThatExceptionOfType(MembershipYearRefusedException.class)
                .isThrownBy(() -> changes.apply(MembershipCategory.ASSOCIATE, CALL_CENTRE_GRADUATE, List.of()))
                .withMessageContaining("cannot move to Associate");

        clock.advance(Duration.ofDays(40));
        assertThatExceptionOfType(MembershipYearRefusedException.class)
                .isThrownBy(() -> changes.apply(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
                        CALL_CENTRE_GRADUATE, List.of()))
                .withMessageContaining("good standing");

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(changes::waiting);
    }

    private AccountSummary student(String name) {
        var account = TestAccounts.account(provisioning, name, Role.MEMBER);
        memberships.enrolExistingMember(account.id(), MembershipCategory.STUDENT, TestAccounts.MEMBER_SINCE);
        return account;
    }
}
