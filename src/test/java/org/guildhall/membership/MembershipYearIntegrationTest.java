package org.guildhall.membership;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.MemberRegisterService.RegisterFilter;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.membership.internal.MembershipYearJob;
import org.guildhall.payment.InvoiceCancelledException;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentService;
import org.guildhall.settings.SettingChangeData;
import org.guildhall.settings.Settings;
import org.guildhall.settings.SettingsAdministration;
import org.guildhall.settings.TestSettings;
import org.guildhall.sponsorship.SponsorshipRefusedException;
import org.guildhall.sponsorship.NominationData;
import org.guildhall.sponsorship.EndorsementData;
import org.guildhall.sponsorship.SponsorshipService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 on MariaDB: joining and paying, renewal opened by the daily roll and paid early, on time or in grace
 * (always from the old end), lapse and reinstatement, resignation, the registrar's decisions, the roll and a
 * payment racing themselves, and good standing as sponsorship asks it. Members of {@link TestAccounts#member} hold
 * a paid term from 1 January to 31 December 2026; renewal opens 30 days before the end, grace lasts 30 days.
 */
@IntegrationTest
class MembershipYearIntegrationTest {

    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
    private static final String SETTING_CHANGE = "MembershipYearIntegrationTest";
    private static final EligibilityAnswers CALL_CENTRE_GRADUATE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, true, false, false, false, false, false, Set.of(EmploymentSituation.BPO_CALL_CENTRE));
    private static final EligibilityAnswers FOREIGN_LICENSEE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, false, false, false, true, false, false, Set.of());

    @Autowired MembershipService memberships;
    @Autowired MembershipStanding standing;
    @Autowired SubscriptionService subscriptions;
    @Autowired MemberRegisterService register;
    @Autowired MembershipYear year;
    @Autowired MembershipYearJob job;
    @Autowired PaymentService payments;
    @Autowired SponsorshipService sponsorships;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired SettingsAdministration settingsAdministration;
    @Autowired Settings settings;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @AfterEach
    void takeBackSettingChanges() {
        TestSettings.withdraw(jdbc, settings, SETTING_CHANGE);
    }

    /**
     * A term keeps the grace in force on its last day: a shorter grace from a later day lapses nobody early, and
     * applies to the terms that end from that day on.
     */
    @Test
    void a_shorter_grace_from_a_later_day_leaves_todays_grace_alone_and_applies_to_terms_ending_from_that_day() {
        var endedFirst = TestAccounts.member(provisioning, memberships, "Oona Laine");
        var endsLater = TestAccounts.member(provisioning, memberships, "Piet Smit");
        year.extend(endsLater.id(), TERM_END.plusDays(5), "Waived days after a billing error", TestAccounts.REGISTRAR);

        moveTo(TERM_END.plusDays(3));
        assertThat(standing.standingOf(endedFirst.id()).status()).isEqualTo(MembershipStatus.GRACE);
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        settingsAdministration.change(new SettingChangeData(MembershipSettings.GRACE_DAYS.key(),
                BigDecimal.valueOf(2), TERM_END.plusDays(4), SETTING_CHANGE));

        assertThat(standing.standingOf(endedFirst.id()).status()).as("today, under the grace its term ended with")
                .isEqualTo(MembershipStatus.GRACE);
        assertThat(standing.standingOf(endsLater.id()).status()).isEqualTo(MembershipStatus.RENEWAL_DUE);

        moveTo(TERM_END.plusDays(7));
        assertThat(standing.standingOf(endsLater.id()).status()).as("the last of two days of grace")
                .isEqualTo(MembershipStatus.GRACE);

        moveTo(TERM_END.plusDays(8));
        year.roll(endsLater.id());
        year.roll(endedFirst.id());
        assertThat(storedStatus(endsLater)).as("ended after the change: two days of grace").isEqualTo("LAPSED");
        assertThat(storedStatus(endedFirst)).as("ended before it: thirty days of grace").isEqualTo("GRACE");
    }

    @Test
    void joining_opens_the_first_term_with_its_invoice_and_paying_it_makes_the_member_current_for_a_year() {
        var member = approvedMember("Adaeze Nwosu");
        assertThat(standing.standingOf(member.id())).satisfies(now -> {
            assertThat(now.status()).isEqualTo(MembershipStatus.PENDING_PAYMENT);
            assertThat(now.inGoodStanding()).isFalse();
        });
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var first = subscriptions.mySubscription().orElseThrow().openTerm();
        assertThat(first.kind()).isEqualTo(TermKind.JOINING);
        assertThat(first.fee()).isEqualByComparingTo("180.00");

        pay(first.invoiceId());

        awaitStatus(member, MembershipStatus.CURRENT);
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(subscriptions.mySubscription().orElseThrow().paidUntil()).isEqualTo(today().plusYears(1).minusDays(1));
    }

    @Test
    void renewal_opens_n_days_before_the_end_once_however_often_the_roll_runs_and_paying_in_grace_extends_from_the_old_end() {
        var member = TestAccounts.member(provisioning, memberships, "Bram Visser");
        moveTo(TERM_END.minusDays(31));
        year.roll(member.id());
        assertThat(openInvoices(member)).isZero();

        moveTo(TERM_END.minusDays(30));
        job.rollAll();
        job.rollAll();
        assertThat(standing.standingOf(member.id()).status()).isEqualTo(MembershipStatus.RENEWAL_DUE);
        assertThat(openInvoices(member)).isEqualTo(1);

        moveTo(TERM_END.plusDays(3));
        year.roll(member.id());
        assertThat(storedStatus(member)).isEqualTo("GRACE");
        assertThat(standing.standingOf(member.id()).inGoodStanding()).isFalse();

        pay(renewalInvoice(member).id());
        awaitStatus(member, MembershipStatus.CURRENT);
        assertThat(paidUntil(member)).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void the_roll_on_two_threads_and_two_registrars_confirming_at_once_open_and_extend_the_term_once() throws Exception {
        var member = TestAccounts.member(provisioning, memberships, "Chidi Okeke");
        moveTo(TERM_END.minusDays(20));

        race(() -> {
            year.roll(member.id());
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from membership_term where account_id = ?", Integer.class,
                member.id())).isEqualTo(2);
        assertThat(openInvoices(member)).isEqualTo(1);

        long invoiceId = renewalInvoice(member).id();
        race(() -> {
            TestAccounts.asRegistrar();
            return payments.confirmPayment(invoiceId, "BANK-1");
        });
        awaitStatus(member, MembershipStatus.CURRENT);
        year.roll(member.id());
        assertThat(paidUntil(member)).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void a_member_renews_early_once_and_the_new_term_follows_the_old_one() {
        var member = TestAccounts.member(provisioning, memberships, "Dana Kovacs");
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(subscriptions.mySubscription().orElseThrow().mayRenewEarly()).isTrue();

        var invoice = subscriptions.renewEarly();
        assertThat(subscriptions.renewEarly().id()).isEqualTo(invoice.id());
        pay(invoice.id());
        awaitStatus(member, MembershipStatus.CURRENT);
        assertThat(paidUntil(member)).isEqualTo(LocalDate.of(2027, 12, 31));

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(subscriptions.mySubscription().orElseThrow().mayRenewEarly()).isFalse();
        assertThatExceptionOfType(MembershipYearRefusedException.class).isThrownBy(subscriptions::renewEarly)
                .withMessageContaining("already renewed to 31 Dec 2027");
    }

    @Test
    void a_lapse_cancels_the_unpaid_renewal_which_can_no_longer_be_paid_and_reinstatement_keeps_the_member_number() {
        var member = TestAccounts.member(provisioning, memberships, "Eero Salo");
        String number = memberships.membershipOf(member.id()).orElseThrow().memberNumber();
        moveTo(TERM_END.minusDays(30));
        year.roll(member.id());
        var renewal = renewalInvoice(member);

        moveTo(TERM_END.plusDays(31));
        year.roll(member.id());
        assertThat(standing.standingOf(member.id())).satisfies(lapsed -> {
            assertThat(lapsed.status()).isEqualTo(MembershipStatus.LAPSED);
            assertThat(lapsed.reason().english()).isEqualTo("Lapsed on 31 Jan 2027: the subscription was not renewed.");
        });
        TestAccounts.asRegistrar();
        assertThatExceptionOfType(InvoiceCancelledException.class)
                .isThrownBy(() -> payments.confirmPayment(renewal.id(), "LATE-1"))
                .withMessageContaining("was cancelled and can no longer be paid");

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(subscriptions.mySubscription().orElseThrow().mayReinstate()).isTrue();
        var reinstatement = subscriptions.reinstate();
        assertThat(reinstatement.amount()).isEqualByComparingTo("205.00");
        pay(reinstatement.id());

        awaitStatus(member, MembershipStatus.CURRENT);
        assertThat(memberships.membershipOf(member.id()).orElseThrow().memberNumber()).isEqualTo(number);
        assertThat(paidUntil(member)).isEqualTo(LocalDate.of(2028, 1, 30));
    }

    @Test
    void a_resignation_takes_effect_at_term_end_and_withdraws_the_renewal() {
        var member = TestAccounts.member(provisioning, memberships, "Femi Adeyemi");
        moveTo(TERM_END.minusDays(10));
        year.roll(member.id());
        assertThat(openInvoices(member)).isEqualTo(1);

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        subscriptions.resign();
        assertThat(standing.standingOf(member.id()).status()).isEqualTo(MembershipStatus.CURRENT);
        assertThat(openInvoices(member)).isZero();

        moveTo(TERM_END.plusDays(1));
        year.roll(member.id());
        assertThat(storedStatus(member)).isEqualTo("RESIGNED");
        assertThat(renewalInvoice(member).status().name()).isEqualTo("CANCELLED");
    }

    @Test
    void the_registrar_suspends_with_a_reason_waives_and_extends_and_each_decision_is_in_the_history() {
        var member = TestAccounts.member(provisioning, memberships, "Gita Rao");
        TestAccounts.asRegistrar();
        assertThatExceptionOfType(MembershipYearRefusedException.class)
                .isThrownBy(() -> register.suspend(member.id(), "  "))
                .withMessageContaining("Give the reason");

        register.suspend(member.id(), "Complaint under investigation");
        assertThat(standing.standingOf(member.id())).satisfies(suspended -> {
            assertThat(suspended.status()).isEqualTo(MembershipStatus.SUSPENDED);
            assertThat(suspended.reason().english()).contains("Complaint under investigation");
        });
        register.liftSuspension(member.id(), "Complaint dismissed");
        register.waive(member.id(), "Hardship: fee waived for 2027");
        register.extend(member.id(), LocalDate.of(2028, 3, 31), "Compensation for the portal outage");

        assertThat(paidUntil(member)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(register.history(member.id())).extracting(MembershipActionEntry::action).containsExactly(
                "membership.action.term-extended", "membership.action.term-waived",
                "membership.action.suspension-lifted", "membership.action.suspension");
        assertThat(register.history(member.id())).allSatisfy(entry ->
                assertThat(entry.takenBy()).isEqualTo(TestAccounts.REGISTRAR));
    }

    @Test
    void the_register_filters_by_status_and_only_registrars_may_decide() {
        var member = TestAccounts.member(provisioning, memberships, "Hana Sato");
        TestAccounts.asRegistrar();
        register.suspend(member.id(), "Unpaid event fees");

        var suspended = register.register(new RegisterFilter(Set.of(MembershipStatus.SUSPENDED), null, true),
                Pageable.ofSize(500));
        assertThat(suspended).extracting(MembershipYearEntry::accountId).contains(member.id());
        assertThat(suspended).allSatisfy(entry -> assertThat(entry.status()).isEqualTo(MembershipStatus.SUSPENDED));
        assertThat(register.register(new RegisterFilter(Set.of(MembershipStatus.LAPSED), null, false),
                Pageable.ofSize(500))).extracting(MembershipYearEntry::accountId).doesNotContain(member.id());

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> register.expel(member.id(), "self-service"));
    }

    @Test
    void a_sponsor_in_grace_cannot_accept_and_the_applicant_sees_the_request_stalled() {
        var sponsor = TestAccounts.member(provisioning, memberships, "Ines Duarte");
        var applicant = accounts.register("Jun Park", TestAccounts.uniqueEmail("jun"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        memberships.saveDraft(FOREIGN_LICENSEE, MembershipCategory.ASSOCIATE);
        memberships.submit();
        sponsorships.nominate(new NominationData(sponsor.email(), "Duarte"));

        moveTo(TERM_END.plusDays(1));
        TestAccounts.signInAs(sponsor.email(), Role.MEMBER);
        long request = sponsorships.requestsToMe().getFirst().id();
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.accept(request, new EndorsementData("I have worked with Jun for years.")))
                .withMessageContaining("Only a member in good standing can sponsor")
                .withMessageContaining("In grace");

        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        assertThat(sponsorships.myNominations()).singleElement()
                .satisfies(nomination -> assertThat(nomination.stalled()).isTrue());
    }

    @Test
    void the_fees_are_effective_dated_rows_an_admin_adds_and_a_registrar_cannot() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        assertThatExceptionOfType(MembershipYearRefusedException.class)
                .isThrownBy(() -> register.setFee(new SubscriptionFeeData(MembershipCategory.STUDENT,
                        today().minusDays(1), new BigDecimal("45.00"), 12, BigDecimal.TEN)))
                .withMessageContaining("today or later");
        var from = today().plusYears(5).plusDays(jdbc.queryForObject("select count(*) from membership_fee",
                Integer.class));
        register.setFee(new SubscriptionFeeData(MembershipCategory.STUDENT, from, new BigDecimal("45.00"), 12,
                BigDecimal.TEN));
        assertThat(register.fees()).filteredOn(fee -> fee.effectiveFrom().equals(from)).singleElement()
                .satisfies(fee -> assertThat(fee.recordedBy()).isEqualTo(TestAccounts.ADMIN));

        TestAccounts.asRegistrar();
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> register.setFee(
                new SubscriptionFeeData(MembershipCategory.STUDENT, from.plusDays(1), BigDecimal.ONE, 12,
                        BigDecimal.ONE)));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private AccountSummary approvedMember(String name) {
        var applicant = accounts.register(name, TestAccounts.uniqueEmail("joiner"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        memberships.saveDraft(CALL_CENTRE_GRADUATE, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        long applicationId = memberships.submit().id();
        TestAccounts.asRegistrar();
        memberships.approve(applicationId, memberships.review(applicationId).version());
        return accounts.summaryOf(applicant.id());
    }

    private void pay(Long invoiceId) {
        TestAccounts.asRegistrar();
        payments.confirmPayment(invoiceId, "BANK-" + invoiceId);
    }

    private void awaitStatus(AccountSummary member, MembershipStatus status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.standingOf(member.id()).status() == status
                && status.name().equals(storedStatus(member)));
    }

    private InvoiceSummary renewalInvoice(AccountSummary member) {
        long invoiceId = jdbc.queryForObject("select i.id from invoice i join membership_term t on i.subject = "
                + "concat('membership-term:', t.id) where t.account_id = ? and t.kind = 'RENEWAL'", Long.class,
                member.id());
        TestAccounts.asRegistrar();
        return payments.invoice(invoiceId);
    }

    private int openInvoices(AccountSummary member) {
        return jdbc.queryForObject("select count(*) from invoice where account_id = ? and purpose = "
                + "'MEMBERSHIP_SUBSCRIPTION' and status = 'ISSUED'", Integer.class, member.id());
    }

    private String storedStatus(AccountSummary member) {
        return jdbc.queryForObject("select status from membership where account_id = ?", String.class, member.id());
    }

    private LocalDate paidUntil(AccountSummary member) {
        TestAccounts.asRegistrar();
        return register.subscriptionOf(member.id()).paidUntil();
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Runs {@code step} on two threads released at the same moment and waits for both. */
    private static void race(Callable<?> step) throws Exception {
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return step.call();
                }));
            }
            ready.await();
            go.countDown();
            for (var run : runs) {
                run.get();
            }
        }
    }
}
