package org.guildhall.portfolio;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: the experience route's portfolio is opened once, even when its event is delivered twice at once. */
@IntegrationTest
class PortfolioOpeningIntegrationTest {

    @Autowired PortfolioLifecycle lifecycle;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;

    @Test
    void two_openings_at_the_same_instant_make_one_portfolio_and_both_return_it() throws Exception {
        // Several candidates, since one round of a race may happen to run one after the other.
        for (int round = 1; round <= 3; round++) {
            long candidate = provisioning.createAccount("Ines Candidate " + round, TestAccounts.uniqueEmail("ines"),
                    TestAccounts.PASSWORD, Role.MEMBER).id();
            var start = new CountDownLatch(1);
            Callable<Long> open = () -> {
                start.await();
                return lifecycle.open(candidate, "CCSM");
            };
            try (var pool = Executors.newFixedThreadPool(2)) {
                var a = pool.submit(open);
                var b = pool.submit(open);
                start.countDown();
                assertThat(a.get()).isEqualTo(b.get());
            }
            assertThat(jdbc.queryForList("select id from portfolio where candidate_account_id = ?", Long.class,
                    candidate)).hasSize(1);
        }
    }

    @Test
    void a_candidate_whose_portfolio_was_concluded_may_open_a_new_one() {
        long candidate = provisioning.createAccount("Jonas Candidate", TestAccounts.uniqueEmail("jonas"),
                TestAccounts.PASSWORD, Role.MEMBER).id();
        long first = lifecycle.open(candidate, "CCSM");
        assertThat(lifecycle.open(candidate, "CCSM")).isEqualTo(first);

        lifecycle.conclude(first, PortfolioStatus.DECLINED);

        assertThat(lifecycle.open(candidate, "CCSM")).isNotEqualTo(first);
        assertThat(jdbc.queryForList("select status from portfolio where candidate_account_id = ?", String.class,
                candidate)).containsExactlyInAnyOrder("DECLINED", "DRAFT");
    }
}
