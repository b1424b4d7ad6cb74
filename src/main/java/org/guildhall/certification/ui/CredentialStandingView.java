package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.CertificationStandingService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.HistoryEntrySummary;
import org.guildhall.certification.NameChangeService;
import org.guildhall.certification.StandingDetails;
import org.guildhall.certification.StandingReason;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The registrar's credentials desk (issue 17): name changes waiting, with their evidence, to approve (which reissues
 * the holder's credentials) or refuse; and a certification's standing: find it by its verification code, then suspend
 * it (until a date or until lifted), lift the suspension, or revoke it, each with the public reason category and
 * the explanation the holder reads; below, its audited history.
 */
@Route("registrar/credentials")
@PageTitle("Credentials")
@Menu(order = 43, icon = "vaadin:diploma", title = "Credentials")
@RolesAllowed(Role.Names.REGISTRAR)
final class CredentialStandingView extends VerticalLayout {

    private final CertificationStandingService standing;
    private final TextField code = new TextField("Verification code");
    private final Div found = new Div();
    private final Select<StandingReason> reason = new Select<>();
    private final TextArea explanation = new TextArea("Reason for the holder");
    private final DatePicker until = new DatePicker("Suspended until (blank: until lifted)");
    private final Grid<HistoryEntrySummary> history = new Grid<>();
    private @Nullable CertificationSummary shown;

    CredentialStandingView(CertificationStandingService standing, NameChangeService nameChanges, Clock clock) {
        this.standing = standing;
        setId("credential-standing");
        addClassName("gh-page");

        code.setId("standing-code");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        var find = new Button("Find", event -> find());
        find.setId("standing-find");
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        reason.setId("standing-reason");
        reason.setLabel("Public reason");
        reason.setItems(StandingReason.values());
        reason.setItemLabelGenerator(StandingReason::publicWords);
        explanation.setId("standing-explanation");
        explanation.setMaxLength(StandingDetails.MAX_EXPLANATION_LENGTH);
        explanation.setHelperText("Shown to the holder only; the public sees the category.");
        until.setId("standing-until");
        until.setMin(LocalDate.now(clock).plusDays(1));

        history.setId("standing-history");
        history.addColumn(entry -> Formats.dateTime(entry.happenedAt(), ZoneId.systemDefault())).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> entry.action().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(HistoryEntrySummary::actorName).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(HistoryEntrySummary::detail).setHeader("Why").setFlexGrow(1);
        history.setAllRowsVisible(true);

        found.setId("standing-found");
        add(new H3("Name changes waiting"), new NameChangeQueue(nameChanges),
                new H3("Suspend or revoke a certification"), new HorizontalLayout(code, find), found);
    }

    private void find() {
        code.setInvalid(false);
        try {
            show(standing.byVerificationCode(code.getValue()));
        } catch (CertificationRefusedException unknown) {
            code.setErrorMessage(unknown.getMessage());
            code.setInvalid(true);
            found.removeAll();
        }
    }

    private void show(CertificationSummary certification) {
        shown = certification;
        found.removeAll();
        var facts = new Paragraph(certification.holderName() + " \u00b7 " + certification.designationCode() + " "
                + certification.designationName() + " \u00b7 valid until "
                + Formats.date(certification.cycle().lastValidDay()));
        facts.setId("standing-facts");
        var suspend = new Button("Suspend", event -> act(Act.SUSPEND));
        suspend.setId("standing-suspend");
        var lift = new Button("Lift suspension", event -> act(Act.LIFT));
        lift.setId("standing-lift");
        var revoke = new Button("Revoke", event -> act(Act.REVOKE));
        revoke.setId("standing-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var form = new FormLayout(reason, until, explanation);
        form.setColspan(explanation, 2);
        history.setItems(standing.history(certification.id()));
        found.add(new H3(certification.designationCode() + " \u00b7 " + certification.holderName()),
                StatusBadge.of(certification.status()), facts, form, new HorizontalLayout(suspend, lift, revoke),
                history);
    }

    private enum Act { SUSPEND, LIFT, REVOKE }

    private void act(Act act) {
        var certification = shown;
        if (certification == null) {
            return;
        }
        reason.setInvalid(false);
        explanation.setInvalid(false);
        if (act != Act.LIFT && !reasonsGiven()) {
            return;
        }
        try {
            var changed = switch (act) {
                case SUSPEND -> standing.suspend(certification.id(), until.getValue(), reason.getValue(),
                        explanation.getValue());
                case LIFT -> standing.liftSuspension(certification.id());
                case REVOKE -> standing.revoke(certification.id(), reason.getValue(), explanation.getValue());
            };
            Toast.success(changed.designationCode() + " of " + changed.holderName() + " is now "
                    + changed.status().label().toLowerCase() + ".");
            reason.clear();
            explanation.clear();
            until.clear();
            show(changed);
        } catch (CertificationRefusedException | CertificationNotFoundException refused) {
            Toast.error(refused);
        }
    }

    private boolean reasonsGiven() {
        boolean given = true;
        if (reason.getValue() == null) {
            reason.setErrorMessage("Choose the reason the public will read.");
            reason.setInvalid(true);
            given = false;
        }
        if (explanation.getValue().isBlank()) {
            explanation.setErrorMessage("Give the reason the holder will read.");
            explanation.setInvalid(true);
            given = false;
        }
        return given;
    }
}
