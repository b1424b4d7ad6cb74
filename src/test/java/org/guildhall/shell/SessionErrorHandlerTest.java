package org.guildhall.shell;

import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** An action that fails in any view: a refusal reads as its message, anything else as an apology with an id. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class SessionErrorHandlerTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    private static final class SomeModuleRefused extends Refused {
        SomeModuleRefused(String message) {
            super(message);
        }
    }

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_refusal_no_view_caught_shows_its_own_message() {
        clickAsTheBrowserWould(buttonThatThrows(new SomeModuleRefused("The cutoff for cancelling has passed.")));

        assertThat(notificationText()).isEqualTo("The cutoff for cancelling has passed.");
    }

    @Test
    void an_unexpected_failure_shows_an_apology_whose_incident_id_is_in_the_log(CapturedOutput log) {
        clickAsTheBrowserWould(buttonThatThrows(new IllegalStateException("row 7 has no owner")));

        String shown = notificationText();
        assertThat(shown).startsWith("Sorry, something went wrong on our side.").doesNotContain("row 7");
        var incident = Pattern.compile("incident number ([0-9A-F]{8})").matcher(shown);
        assertThat(incident.find()).as("an incident id in: " + shown).isTrue();
        assertThat(log.getOut()).contains("Incident " + incident.group(1)).contains("row 7 has no owner");
    }

    @Test
    void a_database_out_of_reach_says_so_and_nothing_typed_is_lost() {
        var note = new TextField("Note");
        navigate(HomeView.class);
        UI.getCurrent().add(note);
        test(note).setValue("Half an hour of typing");
        var save = new Button("Save", click -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        });
        UI.getCurrent().add(save);

        clickAsTheBrowserWould(save);

        assertThat(notificationText()).isEqualTo(DatabaseOutage.MESSAGE);
        assertThat(note.getValue()).isEqualTo("Half an hour of typing");
    }

    /** A button on the home page whose action fails as given. */
    private Button buttonThatThrows(RuntimeException failure) {
        navigate(HomeView.class);
        var button = new Button("Go", click -> {
            throw failure;
        });
        UI.getCurrent().add(button);
        return button;
    }

    /**
     * Vaadin hands whatever a listener throws to the session's error handler; the browserless click hands it to
     * the test instead, so this passes it on as the server does.
     */
    private void clickAsTheBrowserWould(Button button) {
        try {
            test(button).click();
        } catch (RuntimeException failure) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        }
    }

    private String notificationText() {
        return test($(Notification.class).last()).getText();
    }
}
