package org.guildhall.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

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
 * Issue 18: panel size and days to score are settings an admin changes from a day on; forming a panel reads them on
 * the day it is formed. The change is taken back and the clock reset after the test.
 */
@IntegrationTest
class AssessmentSettingsIntegrationTest {

    private static final String REASON = "AssessmentSettingsIntegrationTest";

    @Autowired PanelService panels;
    @Autowired SettingsAdministration administration;
    @Autowired Settings settings;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @AfterEach
    void takeBack() {
        clock.reset();
        TestSettings.withdraw(jdbc, settings, REASON);
    }

    @Test
    void a_panel_formed_before_the_change_day_has_the_old_size_and_one_formed_from_it_the_new() {
        var tomorrow = LocalDate.now(clock).plusDays(1);
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        administration.change(new SettingChangeData(AssessmentSettings.PANEL_SIZE.key(), new BigDecimal("5"),
                tomorrow, REASON));
        administration.change(new SettingChangeData(AssessmentSettings.DAYS_TO_SCORE.key(), new BigDecimal("30"),
                tomorrow, REASON));

        TestAccounts.asRegistrar();
        assertThat(panels.panelSize()).isEqualTo(3);
        assertThat(panels.defaultDueDate()).isEqualTo(LocalDate.now(clock).plusDays(21));

        clock.advance(Duration.ofDays(1));
        assertThat(panels.panelSize()).isEqualTo(5);
        assertThat(panels.defaultDueDate()).isEqualTo(tomorrow.plusDays(30));
    }
}
