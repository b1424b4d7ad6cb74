package org.guildhall.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Issue 12: a database out of reach is told apart from a refusal or a bug, however deep it is wrapped. */
class DatabaseOutageTest {

    @Test
    void a_pool_timeout_under_a_transaction_that_could_not_start_is_an_outage() {
        var poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
                poolTimeout))).isTrue();
    }

    @Test
    void a_sign_in_that_could_not_load_the_account_is_an_outage_but_a_wrong_password_is_not() {
        var loadFailed = new InternalAuthenticationServiceException("load failed",
                new DataAccessResourceFailureException("no connection", new ConnectException("refused")));
        assertThat(DatabaseOutage.isCause(loadFailed)).isTrue();
        assertThat(DatabaseOutage.isCause(new BadCredentialsException("Bad credentials"))).isFalse();
    }

    @Test
    void a_driver_that_lost_its_connection_is_an_outage() {
        assertThat(DatabaseOutage.isCause(new IllegalStateException(
                new SQLNonTransientConnectionException("socket closed")))).isTrue();
    }

    @Test
    void a_connection_the_pool_closed_mid_transaction_is_an_outage_but_another_sql_state_is_not() {
        // As the fault run met it: the link broke while a registration's transaction was open.
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new SQLException("Connection is closed"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Communication link failure", "08S01"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Deadlock found", "40001"))).isFalse();
    }

    @Test
    void a_refused_write_or_a_plain_bug_is_not_an_outage() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.isCause(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
