package org.guildhall.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A key project's form: every problem on its field at once, what was typed kept; a valid project saved. */
@IntegrationTest
class ProjectFormTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired PortfolioService portfolios;
    @Autowired Clock clock;

    @Test
    void a_project_ending_before_it_started_is_refused_on_its_fields_and_a_valid_one_is_saved() {
        var candidate = TestAccounts.account(provisioning, "Noor Haddad", Role.MEMBER);
        long portfolio = lifecycle.open(candidate.id(), "CCSM");
        TestAccounts.signInAs(candidate);
        navigate(PortfolioEditorView.class, portfolio);
        test($(Button.class).id("add-project")).click();

        test($(TextField.class).id("project-title")).setValue("Loyalty programme");
        var started = LocalDate.now(clock).minusYears(2);
        $(DatePicker.class).id("project-started").setValue(started);
        $(DatePicker.class).id("project-ended").setValue(started.minusDays(1));
        test($(Button.class).id("save-project")).click();

        assertThat($(TextField.class).id("project-role").getErrorMessage()).isEqualTo("Say what your role was.");
        assertThat($(TextArea.class).id("project-description").isInvalid()).isTrue();
        assertThat($(TextField.class).id("project-title").getValue()).isEqualTo("Loyalty programme");

        test($(TextField.class).id("project-role")).setValue("Programme lead");
        test($(TextArea.class).id("project-description")).setValue("Designed and ran a loyalty programme.");
        test($(TextArea.class).id("project-outcomes")).setValue("Churn down 12% in a year.");
        test($(Button.class).id("save-project")).click();
        assertThat($(DatePicker.class).id("project-ended").getErrorMessage())
                .isEqualTo("A project cannot end before it started.");
        assertThat(portfolios.myPortfolio(portfolio).current().content().projects()).isEmpty();

        $(DatePicker.class).id("project-ended").setValue(started.plusMonths(10));
        test($(Button.class).id("save-project")).click();
        assertThat(portfolios.myPortfolio(portfolio).current().content().projects()).singleElement()
                .satisfies(project -> assertThat(project.role()).isEqualTo("Programme lead"));
    }
}
