package org.guildhall.notification.ui;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.notification.EmailNotGivenUpException;
import org.guildhall.notification.FailedEmailService;
import org.guildhall.notification.FailedEmailSummary;
import org.guildhall.shell.FittingGrid;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The admin's list of emails the outbox gave up on after its last attempt, with the mail server's last answer, and
 * "Send again" once the cause (a mistyped address, a server outage) is dealt with.
 */
@Route("admin/failed-emails")
@PageTitle("notification.failed.title")
@Menu(order = 91, icon = "vaadin:envelope-o", title = "notification.failed.title")
@RolesAllowed(Role.Names.ADMIN)
final class FailedEmailsView extends VerticalLayout {

    private final FailedEmailService failedEmails;
    private final ZoneId zone;
    private final Grid<FailedEmailSummary> grid = new Grid<>();

    FailedEmailsView(FailedEmailService failedEmails, Clock clock) {
        this.failedEmails = failedEmails;
        this.zone = clock.getZone();
        setId("failed-emails");
        addClassName("gh-page");
        setSizeFull();

        grid.setId("failed-email-grid");
        grid.setEmptyStateText(getTranslation("notification.failed.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // On a phone the address, subject and button stay; a tap on a row shows when, how often and why.
        var fitting = FittingGrid.of(grid);
        fitting.secondaryColumn(getTranslation("notification.failed.queued"), email -> Formats.dateTime(email.queuedAt(), zone)).setAutoWidth(true);
        grid.addColumn(FailedEmailSummary::recipient).setHeader(getTranslation("notification.failed.to")).setFlexGrow(1);
        grid.addColumn(FailedEmailSummary::subject).setHeader(getTranslation("notification.failed.subject")).setFlexGrow(1);
        fitting.secondaryColumn(getTranslation("notification.failed.attempts"), email -> String.valueOf(email.attempts())).setAutoWidth(true)
                .setFlexGrow(0);
        fitting.secondaryColumn(getTranslation("notification.failed.reason"), FailedEmailSummary::lastError).setKey("reason").setFlexGrow(2);
        grid.addComponentColumn(this::sendAgainButton).setHeader("").setKey("send-again").setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(failedEmails::failedEmails, pageable -> failedEmails.countFailedEmails());
        grid.setSizeFull();

        add(new Paragraph(getTranslation("notification.failed.intro")), grid);
    }

    private Button sendAgainButton(FailedEmailSummary email) {
        var button = new Button(getTranslation("notification.failed.send-again"), click -> sendAgain(email));
        button.setId("send-again-" + email.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void sendAgain(FailedEmailSummary email) {
        try {
            failedEmails.sendAgain(email.id());
            Toast.success(getTranslation("notification.failed.queued-again", email.subject(), email.recipient()));
        } catch (EmailNotGivenUpException gone) {
            Toast.error(gone);
        }
        grid.getDataProvider().refreshAll();
    }
}
