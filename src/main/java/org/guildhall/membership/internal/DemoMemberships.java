package org.guildhall.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.identity.RunAs;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.EmploymentSituation;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.StudyMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Member numbers, categories and paid terms (current, renewal due, in grace, lapsed) for the demo members, and a
 * submitted application from the demo applicant, after the demo accounts exist. Demo profile only.
 */
@Component
@Profile("demo")
@Order(2)
class DemoMemberships implements ApplicationRunner {

    private static final Map<String, MembershipCategory> DEMO_MEMBERS = Map.of(
            "member@guildhall.example", MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
            "assessor@guildhall.example", MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
            "grace.lindqvist@northwind-telecom.example", MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
            "kwame.mensah@accra-bank.example", MembershipCategory.ASSOCIATE,
            "sofia.marchetti@contoso-retail.example", MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
            "liam.oconnor@harbour-insurance.example", MembershipCategory.ASSOCIATE,
            "mei.chen@lumen-care.example", MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);

    /**
     * Demo members whose paid term ends some days from today (negative: ended), so the register shows the
     * membership year's statuses: Grace Lindqvist's renewal is due, Sofia Marchetti is in grace, Liam O'Connor
     * has lapsed. The others are current for a year from their anniversary.
     */
    private static final Map<String, Integer> PAID_TERM_ENDS_IN_DAYS = Map.of(
            "grace.lindqvist@northwind-telecom.example", 20,
            "sofia.marchetti@contoso-retail.example", -10,
            "liam.oconnor@harbour-insurance.example", -60);

    private static final String DEMO_APPLICANT = "applicant@guildhall.example";

    private final AccountService accounts;
    private final MembershipService memberships;
    private final Clock clock;

    DemoMemberships(AccountService accounts, MembershipService memberships, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.now(clock);
        var since = today.minusYears(2);
        DEMO_MEMBERS.forEach((email, category) -> accounts.findByEmail(email).ifPresent(account -> {
            var endsIn = PAID_TERM_ENDS_IN_DAYS.get(email);
            memberships.enrolExistingMember(account.id(), category, since,
                    endsIn == null ? null : today.plusDays(endsIn));
        }));
        accounts.findByEmail(DEMO_APPLICANT).ifPresent(applicant -> submitApplicationAs(applicant.email()));
    }

    /** The demo applicant's application, so the registrar's queue has something to decide. */
    private void submitApplicationAs(String email) {
        RunAs.run(email, Role.APPLICANT, () -> {
            if (memberships.currentApplication().isEmpty()) {
                memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, true, false, false,
                        false, false, false, Set.of(EmploymentSituation.BPO_CALL_CENTRE)),
                        MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
                memberships.submit();
            }
        });
    }
}
