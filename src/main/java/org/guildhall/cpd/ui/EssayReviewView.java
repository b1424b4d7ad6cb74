package org.guildhall.cpd.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.EssayDetails;
import org.guildhall.cpd.RenewalService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/** Assessors read recertification essays and accept them or return them with feedback. */
@Route("review/essays")
@PageTitle("Recertification essays")
@Menu(order = 51, icon = "vaadin:file-text", title = "Essays to review")
@RolesAllowed(Role.Names.ASSESSOR)
final class EssayReviewView extends VerticalLayout {

    private final RenewalService renewals;
    private final Clock clock;

    EssayReviewView(RenewalService renewals, Clock clock) {
        this.renewals = renewals;
        this.clock = clock;
        setId("essay-review");
        addClassName("gh-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H2("Recertification essays to review"));
        var essays = renewals.essaysToReview();
        if (essays.isEmpty()) {
            add(new Paragraph("No essays are waiting."));
        }
        essays.forEach(essay -> add(card(essay)));
    }

    private Div card(EssayDetails essay) {
        var card = new Div();
        card.addClassName("gh-card");
        card.setId("essay-" + essay.id());
        var body = new Paragraph(essay.body());
        body.addClassName("gh-essay-body");
        var feedback = new TextArea("Feedback for the member");
        feedback.setWidthFull();
        feedback.setMaxLength(2000);
        var accept = new Button("Accept", click -> review(essay, true, feedback));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.setId("accept-essay-" + essay.id());
        var giveBack = new Button("Return for changes", click -> review(essay, false, feedback));
        giveBack.setId("return-essay-" + essay.id());
        card.add(new H3(essay.authorName() + " \u2014 " + essay.designationCode() + ", cycle " + essay.cycleNumber()),
                new Paragraph("Sent " + Formats.dateTime(essay.submittedAt(), clock.getZone())), body, feedback,
                new HorizontalLayout(accept, giveBack));
        return card;
    }

    private void review(EssayDetails essay, boolean accept, TextArea feedback) {
        try {
            renewals.reviewEssay(essay.id(), accept, feedback.getValue());
            Toast.success(accept ? "Accepted; the member is told." : "Returned; the member is told.");
            render();
        } catch (CpdRefusedException refused) {
            feedback.setErrorMessage(refused.getMessage());
            feedback.setInvalid(true);
        }
    }
}
