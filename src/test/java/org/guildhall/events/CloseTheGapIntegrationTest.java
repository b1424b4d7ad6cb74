package org.guildhall.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.AutomaticCredit;
import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdService;
import org.guildhall.cpd.GapCloser;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 19, "Close your gap": the institute's coming events that would still add counted credits, and how many. */
@IntegrationTest
class CloseTheGapIntegrationTest {

    @Autowired CpdService cpd;
    @Autowired EventService events;
    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @Test
    void an_event_before_expiry_is_offered_with_its_credits_until_its_category_is_at_its_cap() {
        TestAccounts.ensure(accounts, provisioning);
        var member = TestAccounts.account(provisioning, "Gail Gap", Role.MEMBER);
        var today = LocalDate.now(clock);
        long ccsp = awards.award(member.id(), "CCSP", Route.EXAM, today.minusYears(1)).id();
        var seminar = EventFixtures.seminar(clock, Duration.ofDays(12), 40, "45.00", Set.of());
        var details = new EventDetails(seminar.kind(), "Gap closer " + member.id(), seminar.description(),
                seminar.startsAt(), seminar.endsAt(), seminar.zone(), seminar.venue(), seminar.onlineLink(),
                seminar.capacity(), seminar.memberFee(), seminar.nonMemberFee(), CpdCategory.CONTINUING_EDUCATION,
                new BigDecimal("6.5"), seminar.membershipPoints(), null, Set.of());
        long eventId = EventFixtures.publish(events, details).id();

        TestAccounts.signInAs(member);
        assertThat(cpd.gapClosers(ccsp, 100)).filteredOn(closer -> closer.opportunity().route()
                .equals("event/" + eventId)).singleElement().satisfies(closer -> {
                    assertThat(closer.adds()).isEqualByComparingTo("6.5");
                    assertThat(closer.opportunity().on()).isEqualTo(seminar.startsAt().toLocalDate());
                    assertThat(closer.opportunity().activityType()).isEqualTo("CONFERENCE");
                });

        education(member.id(), 1, today.minusDays(30), "20");
        education(member.id(), 2, today.minusDays(25), "6");
        assertThat(cpd.gapClosers(ccsp, 100)).filteredOn(closer -> closer.opportunity().route()
                .equals("event/" + eventId)).singleElement().extracting(GapCloser::adds)
                .satisfies(adds -> assertThat(adds).as("only 4 of the 30 Continuing Education credits are left")
                        .isEqualByComparingTo("4"));

        education(member.id(), 3, today.minusDays(20), "4");
        assertThat(cpd.gapClosers(ccsp, 100)).as("Continuing Education is at its cap")
                .noneMatch(closer -> closer.opportunity().category() == CpdCategory.CONTINUING_EDUCATION);
    }

    /** Approved Continuing Education credit, as the institute records it. */
    private void education(long accountId, int number, LocalDate on, String hours) {
        assertThat(credits.record(new AutomaticCredit(accountId, "gap:" + accountId + ":" + number,
                CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "Course " + number, "Guildhall Academy", on,
                new BigDecimal(hours), null)).refusal()).isNull();
    }
}
