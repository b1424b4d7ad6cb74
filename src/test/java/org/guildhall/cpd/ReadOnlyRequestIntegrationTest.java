package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.StatementCounter;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.platform.ReadOnlyRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15: a Vaadin request reads in one read-only transaction ({@link ReadOnlyRequests}); what a member does
 * inside such a request is still written, and what the request reads after it shows the write.
 */
@IntegrationTest
class ReadOnlyRequestIntegrationTest {

    @Autowired ReadOnlyRequests requests;
    @Autowired CpdService cpd;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired DocumentService documents;
    @Autowired Clock clock;
    CpdTestSupport support;
    AccountSummary member;

    @BeforeEach
    void certifiedMember() {
        support = new CpdTestSupport(provisioning, awards, documents);
        member = support.member("Rhea Request");
        support.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(member);
    }

    @Test
    void a_write_inside_a_request_is_committed_and_the_reads_after_it_show_it() {
        long draft = cpd.saveDraft(null, CpdTestSupport.workshop("Draft first", today().minusDays(3), "2", null));

        var afterSubmit = requests.run(() -> {
            assertThat(cpd.myActivity(draft).status()).isEqualTo(CpdActivityStatus.DRAFT);
            cpd.submit(draft, CpdTestSupport.workshop("Draft first", today().minusDays(3), "2",
                    support.evidenceOf(member)));
            return cpd.myActivity(draft).status();
        });

        assertThat(afterSubmit).as("read in the same request, after the write").isEqualTo(CpdActivityStatus.SUBMITTED);
        assertThat(cpd.myActivity(draft).status()).as("after the request").isEqualTo(CpdActivityStatus.SUBMITTED);
    }

    @Test
    void a_refused_read_or_write_does_not_stop_the_request_from_writing_and_reading() {
        long saved = requests.run(() -> {
            assertThatThrownBy(() -> cpd.myActivity(Long.MAX_VALUE)).isInstanceOf(CpdActivityNotFoundException.class);
            assertThatThrownBy(() -> cpd.submit(null, CpdTestSupport.workshop("No evidence", today(), "2", null)))
                    .isInstanceOf(RuntimeException.class);
            long id = cpd.saveDraft(null, CpdTestSupport.workshop("Saved anyway", today().minusDays(1), "1", null));
            assertThat(cpd.myActivities()).extracting(CpdActivityDetails::title).containsExactly("Saved anyway");
            return id;
        });

        assertThat(cpd.myActivities()).extracting(CpdActivityDetails::id).containsExactly(saved);
    }

    @Test
    void the_reads_of_a_request_share_one_transaction_and_one_read_of_the_signed_in_account() {
        cpd.saveDraft(null, CpdTestSupport.workshop("Counted", today().minusDays(2), "1", null));

        var sent = StatementCounter.count(() -> requests.run(() -> {
            cpd.myActivities();
            cpd.myProgress();
            accounts.currentAccount();
            return null;
        }));

        assertThat(sent.statements().transactionStatements()).as("%s", sent.statements().shapes()).isEqualTo(3);
        assertThat(sent.statements().sent()).filteredOn(sql -> sql.contains(" from account ")).hasSize(1);
    }

    @Test
    void the_signed_in_account_is_read_again_after_a_write_in_the_same_request() {
        var renamed = requests.run(() -> {
            assertThat(accounts.currentAccount().fullName()).isEqualTo("Rhea Request");
            myAccount.updateCurrentProfile(new ProfileDetails("Rhea Renamed", null, null, null, null));
            return accounts.currentAccount().fullName();
        });

        assertThat(renamed).isEqualTo("Rhea Renamed");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
