package org.guildhall.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.privacy.ErasureRequestSummary;
import org.guildhall.privacy.PersonalDataService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 18: the registrar refuses a request only with a reason (kept as typed on a refusal), or erases after a warning. */
@IntegrationTest
class ErasureRequestsViewTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired PersonalDataService personalData;
    @Autowired JdbcTemplate jdbc;

    private ErasureRequestSummary request;

    @BeforeEach
    void anApplicantAsksToBeForgotten() {
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.signInAs(TestAccounts.account(provisioning, "Liam O'Connor", Role.APPLICANT));
        request = personalData.requestErasure();
        TestAccounts.asRegistrar();
        navigate(ErasureRequestsView.class);
    }

    @Test
    void refusing_without_a_reason_stays_open_on_the_field_then_refuses_with_one() {
        test(action("refuse-erasure-")).click();
        test($(Button.class).id("confirm-refuse-erasure")).click();

        var reason = $(TextArea.class).id("erasure-refusal-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason for refusing, in up to 2000 characters.");

        test(reason).setValue("   ");
        test($(Button.class).id("confirm-refuse-erasure")).click();
        assertThat(reason.isInvalid()).as("the rules refuse a blank reason on its field").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason for refusing, in up to 2000 characters.");
        assertThat(reason.getValue()).isEqualTo("   ");
        assertThat(status()).isEqualTo("REQUESTED");

        test(reason).setValue("Your membership appeal is still open.");
        test($(Button.class).id("confirm-refuse-erasure")).click();

        assertThat(status()).isEqualTo("REFUSED");
        assertThat(rowOf($(Grid.class).id("erasure-queue"))).as("gone from the queue").isEqualTo(-1);
    }

    @Test
    void erasing_asks_first_then_erases() {
        test(action("approve-erasure-")).click();
        test($(Button.class).id("confirm-approve-erasure")).click();

        assertThat(status()).isEqualTo("ERASED");
        assertThat(jdbc.queryForObject("select full_name from account where id = ?", String.class,
                request.accountId())).isEqualTo("Erased person " + request.accountId());
    }

    private Button action(String idPrefix) {
        @SuppressWarnings("unchecked")
        Grid<ErasureRequestSummary> queue = $(Grid.class).id("erasure-queue");
        var actions = (HorizontalLayout) test(queue).getCellComponent(rowOf(queue), "actions");
        return actions.getChildren().map(Button.class::cast)
                .filter(button -> button.getId().orElseThrow().equals(idPrefix + request.id()))
                .findFirst().orElseThrow();
    }

    private int rowOf(Grid<ErasureRequestSummary> queue) {
        var tester = test(queue);
        return IntStream.range(0, tester.size()).filter(row -> tester.getRow(row).id() == request.id())
                .findFirst().orElse(-1);
    }

    private String status() {
        return jdbc.queryForObject("select status from erasure_request where id = ?", String.class, request.id());
    }
}
