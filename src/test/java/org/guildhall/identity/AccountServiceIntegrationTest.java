package org.guildhall.identity;

import java.time.Duration;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Accounts against the real MariaDB: registration, staff roles with their audit trail, lock-out. */
@IntegrationTest
class AccountServiceIntegrationTest {

    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired AccountAdministrationService administration;
    @Autowired AccountDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired MutableClock clock;

    @Test
    void a_registered_applicant_is_stored_with_an_argon2id_hash_never_the_password() {
        String email = TestAccounts.uniqueEmail("priya");
        var account = accounts.register("Priya Raman", email.toUpperCase(), "harbour lights at dusk").orElseThrow();

        assertThat(account.email()).isEqualTo(email);
        assertThat(account.roles()).containsExactly(Role.APPLICANT);
        String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("harbour");
    }

    @Test
    void registering_an_email_twice_gets_no_different_answer_and_saves_nothing() {
        String email = TestAccounts.uniqueEmail("kwame");
        accounts.register("Kwame Mensah", email, "harbour lights at dusk");

        assertThat(accounts.register("Kwame Again", email.toUpperCase(), "another long passphrase")).isEmpty();

        assertThat(jdbc.queryForMap("select count(*) as n, min(full_name) as name from account where email = ?",
                email)).containsEntry("n", 1L).containsEntry("name", "Kwame Mensah");
    }

    @Test
    void every_problem_of_a_registration_is_reported_at_once() {
        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> accounts.register(" ", "not-an-email", "short"))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsOnly(Field.FULL_NAME.component(), Field.EMAIL.component(),
                                Field.PASSWORD.component()));
    }

    @Test
    @WithMockUser(username = "admin.audit@example.org", roles = "ADMIN")
    void an_admin_grants_and_revokes_a_staff_role_and_both_changes_are_recorded_with_who_and_when() {
        var person = accounts.register("Sofia Marchetti", TestAccounts.uniqueEmail("sofia"), "harbour lights at dusk").orElseThrow();

        assertThat(administration.grantStaffRole(person.id(), Role.ASSESSOR).roles()).contains(Role.ASSESSOR);
        clock.advance(Duration.ofMinutes(1));
        assertThat(administration.revokeStaffRole(person.id(), Role.ASSESSOR).roles()).doesNotContain(Role.ASSESSOR);

        var trail = directory.roleChanges(Pageable.ofSize(50)).stream()
                .filter(change -> change.accountEmail().equals(person.email())).toList();
        assertThat(trail).extracting(RoleChangeEntry::granted).containsExactly(false, true);
        assertThat(trail).allSatisfy(change -> {
            assertThat(change.changedBy()).isEqualTo("admin.audit@example.org");
            assertThat(change.role()).isEqualTo(Role.ASSESSOR);
        });
        assertThat(trail.get(0).changedAt()).isEqualTo(clock.instant());
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_cannot_grant_staff_roles_even_by_calling_the_service() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> administration.grantStaffRole(1L, Role.REGISTRAR));
    }

    @Test
    @WithMockUser(username = "admin.audit@example.org", roles = "ADMIN")
    void only_staff_roles_are_granted_by_hand() {
        var person = accounts.register("Liam O'Connor", TestAccounts.uniqueEmail("liam"), "harbour lights at dusk").orElseThrow();
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> administration.grantStaffRole(person.id(), Role.ADMIN));
    }

    @Test
    void five_wrong_passwords_pause_sign_in_briefly_even_for_the_right_password_instead_of_locking_it() {
        String email = TestAccounts.uniqueEmail("mei");
        accounts.register("Mei Chen", email, "harbour lights at dusk");

        failSignIn(email, 5);
        assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).isTrue();
        failSignIn(email, 1);
        clock.advance(Duration.ofMillis(1999));
        assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).as("the pause doubles").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).isTrue();
    }

    @Test
    void however_many_wrong_passwords_an_attacker_sends_the_owner_waits_at_most_five_minutes() {
        String email = TestAccounts.uniqueEmail("staff");
        accounts.register("Helen Marsh", email, "harbour lights at dusk");

        for (int round = 0; round < 30; round++) {
            failSignIn(email, 1);
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).isTrue();
    }

    private void failSignIn(String email, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            publisher.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken(email, "wrong"), new BadCredentialsException("wrong")));
        }
    }

    @Test
    void a_person_keeps_their_contact_details_and_employer_on_their_profile() {
        String email = TestAccounts.uniqueEmail("grace");
        accounts.register("Grace Lindqvist", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email);

        myAccount.updateCurrentProfile(new ProfileDetails("Grace Lindqvist-Berg", "+44 20 7946 0000",
                "1 Harbour Row, Leith", "Northwind Telecom", "Head of Customer Care"));

        assertThat(myAccount.currentProfile()).isEqualTo(new ProfileDetails("Grace Lindqvist-Berg",
                "+44 20 7946 0000", "1 Harbour Row, Leith", "Northwind Telecom", "Head of Customer Care"));
    }

    @Test
    void a_phone_number_with_letters_is_refused_on_its_field() {
        String email = TestAccounts.uniqueEmail("kwame");
        accounts.register("Kwame Mensah", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email);

        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> myAccount.updateCurrentProfile(new ProfileDetails("Kwame Mensah", "call me maybe",
                        null, null, null)))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsOnly(Field.PHONE.component()));
    }

    @Test
    void changing_the_email_needs_the_password_and_moves_sign_in_only_once_the_new_address_is_confirmed() {
        String email = TestAccounts.uniqueEmail("sofia");
        accounts.register("Sofia Marchetti", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email);
        String newEmail = TestAccounts.uniqueEmail("sofia.new");

        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> myAccount.changeCurrentEmail(new EmailChangeData(newEmail, "not my password")))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsOnly(Field.CURRENT_PASSWORD.component()));

        myAccount.changeCurrentEmail(new EmailChangeData(newEmail, TestAccounts.PASSWORD));

        assertThat(accounts.findByEmail(email)).isPresent();
        assertThat(accounts.findByEmail(newEmail)).isEmpty();
        assertThat(myAccount.currentPendingEmail()).contains(newEmail);
    }

    @Test
    void asking_to_move_to_an_address_another_account_uses_gets_the_same_answer_and_changes_nothing() {
        String email = TestAccounts.uniqueEmail("sofia");
        String taken = TestAccounts.uniqueEmail("taken");
        accounts.register("Someone Else", taken, TestAccounts.PASSWORD);
        accounts.register("Sofia Marchetti", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email);

        myAccount.changeCurrentEmail(new EmailChangeData(taken, TestAccounts.PASSWORD));

        assertThat(myAccount.currentPendingEmail()).isEmpty();
        assertThat(accounts.findByEmail(taken).orElseThrow().fullName()).isEqualTo("Someone Else");
    }

}
