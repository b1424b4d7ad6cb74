package org.guildhall.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.settings.SettingChangeData;
import org.guildhall.settings.Settings;
import org.guildhall.settings.SettingsAdministration;
import org.guildhall.settings.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18: a retention period is a setting an admin changes from a day on; the job (and its dry run) deletes under
 * the period in force on the day it runs, so a shorter period from a later day deletes nothing more today.
 */
@IntegrationTest
class RetentionSettingsIntegrationTest {

    private static final String REASON = "RetentionSettingsIntegrationTest";

    @Autowired RetentionService retention;
    @Autowired SettingsAdministration administration;
    @Autowired Settings settings;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @AfterEach
    void takeBackTheChanges() {
        TestSettings.withdraw(jdbc, settings, REASON);
    }

    @Test
    void a_shorter_period_from_a_later_day_applies_from_that_day_and_not_before() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        assertThat(rejectedApplications().keptFor()).as("the default, two years")
                .isEqualTo(Period.ofMonths(24));

        var from = today().plusDays(10);
        administration.change(new SettingChangeData(RetentionSettings.REJECTED_APPLICATIONS.key(),
                BigDecimal.valueOf(6), from, REASON));

        var now = rejectedApplications();
        assertThat(now.keptFor()).as("today").isEqualTo(Period.ofMonths(24));
        assertThat(now.cutoff()).isEqualTo(clock.instant().atZone(ZoneOffset.UTC).minusMonths(24).toInstant());

        clock.advance(Duration.ofDays(10));
        var then = rejectedApplications();
        assertThat(then.keptFor()).as("from the day of the change").isEqualTo(Period.ofMonths(6));
        assertThat(then.cutoff()).isEqualTo(clock.instant().atZone(ZoneOffset.UTC).minusMonths(6).toInstant());
    }

    @Test
    void zero_months_keeps_the_kind_for_good() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        administration.change(new SettingChangeData(RetentionSettings.SENT_EMAILS.key(), BigDecimal.ZERO, today(),
                REASON));

        assertThat(retention.dryRun()).extracting(RetentionDue::kind)
                .contains("rejected-applications", "inbox-items").doesNotContain("sent-emails");
    }

    private RetentionDue rejectedApplications() {
        return retention.dryRun().stream().filter(due -> due.kind().equals("rejected-applications")).findFirst()
                .orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
