package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;


import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * The registrar's credentials desk (issue 17): name changes waiting, with their evidence, to approve (which reissues
 * the holder's credentials) or refuse; and a certification's standing: find it by its verification code, then suspend
 * it (until a date or until lifted), lift the suspension, or revoke it, each with the public reason category and
 * the explanation the holder reads; below, its audited history.
 */
@Route("registrar/credentials")
@PageTitle("certification.title.credential-standing")
@Menu(order = 43, icon = "vaadin:diploma", title = "certification.menu.credential-standing")
@RolesAllowed(Role.Names.REGISTRAR)
final class CredentialStandingView extends VerticalLayout {

    private final CertificationStandingService standing;
    private final Clock clock;
    private final TextField code = new TextField();
    private final Div found = new Div();
    private final Grid<HistoryEntrySummary> history = new Grid<>();
    private @Nullable StandingForm form;
    private @Nullable CertificationSummary shown;

    CredentialStandingView(CertificationStandingService standing, NameChangeService nameChanges, Clock clock) {
        this.standing = standing;
        this.clock = clock;
        setId("credential-standing");
        addClassName("gh-page");

        code.setLabel(getTranslation("certification.standing.code.label"));
        code.setId("standing-code");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        var find = new Button(getTranslation("certification.standing.find"), event -> find());
        find.setId("standing-find");
        find.addClickShortcut(Key.ENTER);

        history.setId("standing-history");
        history.addColumn(entry -> Formats.dateTime(entry.happenedAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("certification.standing.history.when")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> getTranslation(entry.action().labelKey()))
                .setHeader(getTranslation("certification.standing.history.what")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(HistoryEntrySummary::actorName).setHeader(getTranslation("certification.standing.history.by"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(HistoryEntrySummary::detail).setHeader(getTranslation("certification.standing.history.why"))
                .setFlexGrow(1);
        history.setAllRowsVisible(true);

        found.setId("standing-found");
        add(new H3(getTranslation("certification.name-change.queue.title")), new NameChangeQueue(nameChanges),
                new H3(getTranslation("certification.standing.title")), new HorizontalLayout(code, find), found);
    }

    private void find() {
        code.setInvalid(false);
        try {
            show(standing.byVerificationCode(code.getValue()));
        } catch (CertificationRefusedException unknown) {
            code.setErrorMessage(Translated.reasons(unknown));
            code.setInvalid(true);
            found.removeAll();
        }
    }

    private void show(CertificationSummary certification) {
        shown = certification;
        found.removeAll();
        var facts = new Paragraph(getTranslation("certification.standing.facts", certification.holderName(),
                certification.designationCode(), certification.designationName(),
                certification.cycle().lastValidDay()));
        facts.setId("standing-facts");
        var suspend = new Button(getTranslation("certification.standing.suspend"), event -> act(Act.SUSPEND));
        suspend.setId("standing-suspend");
        var lift = new Button(getTranslation("certification.standing.lift"), event -> act(Act.LIFT));
        lift.setId("standing-lift");
        var revoke = new Button(getTranslation("certification.standing.revoke"), event -> act(Act.REVOKE));
        revoke.setId("standing-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var reasons = form == null ? new StandingForm(LocalDate.now(clock)) : form;
        form = reasons;
        history.setItems(standing.history(certification.id()));
        found.add(new H3(certification.designationCode() + " \u00b7 " + certification.holderName()),
                StatusBadge.of(certification.status()), facts, reasons, new HorizontalLayout(suspend, lift, revoke),
                history);
    }

    private enum Act { SUSPEND, LIFT, REVOKE }

    private void act(Act act) {
        var certification = shown;
        var reasons = form;
        if (certification == null || reasons == null) {
            return;
        }
        try {
            CertificationSummary changed;
            if (act == Act.LIFT) {
                changed = standing.liftSuspension(certification.id());
            } else {
                var entered = reasons.value();
                if (entered.isEmpty()) {
                    return;
                }
                changed = act == Act.SUSPEND ? standing.suspend(certification.id(), entered.get())
                        : standing.revoke(certification.id(), entered.get());
            }
            Toast.success(getTranslation("certification.standing.changed", changed.designationCode(),
                    changed.holderName(), getTranslation(changed.status().labelKey())));
            reasons.clear();
            show(changed);
        } catch (CertificationRefusedException refused) {
            reasons.show(refused);
        } catch (CertificationNotFoundException gone) {
            Toast.error(gone);
        }
    }
}
