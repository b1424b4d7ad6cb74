package org.guildhall.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.cpd.CpdSettings;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 18 on MariaDB: an admin changes a setting from a day on, validated on its fields and audited with who,
 * when, why and the value it replaced; the old value still holds before that day; a registrar may look but not
 * change. Changes are dated decades ahead so the shared database's other tests keep the defaults.
 */
@IntegrationTest
class SettingsAdministrationIntegrationTest {

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

    @Test
    void a_change_takes_effect_from_its_day_and_is_audited_with_the_value_it_replaced() {
        var from = LocalDate.now(clock).plusYears(40)
                .plusDays(jdbc.queryForObject("select count(*) from setting_value", Integer.class));
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);

        var change = administration.change(new SettingChangeData(CpdSettings.AUDIT_SAMPLE_PERCENT.key(),
                new BigDecimal("25"), from, "  Board decision: audit more while the new scheme beds in "));

        assertThat(change.previousValue()).isEqualByComparingTo("10");
        assertThat(settings.intOn(CpdSettings.AUDIT_SAMPLE_PERCENT, from.minusDays(1))).isEqualTo(10);
        assertThat(settings.intOn(CpdSettings.AUDIT_SAMPLE_PERCENT, from)).isEqualTo(25);
        assertThat(administration.history(CpdSettings.AUDIT_SAMPLE_PERCENT.key())).first().satisfies(entry -> {
            assertThat(entry.effectiveFrom()).isEqualTo(from);
            assertThat(entry.previousValue()).isEqualByComparingTo("10");
            assertThat(entry.value()).isEqualByComparingTo("25");
            assertThat(entry.recordedBy()).isEqualTo(TestAccounts.ADMIN);
            assertThat(entry.recordedAt()).isEqualTo(clock.instant());
            assertThat(entry.reason()).isEqualTo("Board decision: audit more while the new scheme beds in");
        });
        assertThat(administration.overview()).filteredOn(row -> row.setting().equals(CpdSettings.AUDIT_SAMPLE_PERCENT))
                .singleElement().satisfies(row -> {
                    assertThat(row.groupTitleKey()).isEqualTo("cpd.settings.title");
                    assertThat(row.nextFrom()).isNotNull();
                });
    }

    @Test
    void every_problem_is_refused_on_its_field_at_once_and_nothing_is_stored() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        int before = jdbc.queryForObject("select count(*) from setting_value", Integer.class);

        assertThatExceptionOfType(SettingsRefusedException.class)
                .isThrownBy(() -> administration.change(new SettingChangeData(
                        CpdSettings.AUDIT_SAMPLE_PERCENT.key(), new BigDecimal("101"),
                        LocalDate.now(clock).minusDays(1), " ")))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(SettingChangeData.VALUE, SettingChangeData.EFFECTIVE_FROM,
                                SettingChangeData.REASON));
        assertThat(jdbc.queryForObject("select count(*) from setting_value", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_registrar_may_look_but_only_an_admin_changes() {
        TestAccounts.asRegistrar();
        assertThat(administration.overview()).isNotEmpty();

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.change(
                new SettingChangeData(CpdSettings.AUDIT_SAMPLE_PERCENT.key(), BigDecimal.ONE,
                        LocalDate.now(clock).plusYears(60), "not mine to change")));
    }
}
