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
import org.guildhall.cpd.EssayReviewData;
import org.guildhall.cpd.RenewalService;
import org.guildhall.cpd.domain.RecertificationEssay;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.guildhall.shell.NoteForm;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/** Assessors read recertification essays and accept them or return them with feedback. */
@Route("review/essays")
@PageTitle("cpd.title.essay-review")
@Menu(order = 51, icon = "vaadin:file-text", title = "cpd.menu.essay-review")
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
        add(new H2(getTranslation("cpd.essays.heading")));
        var essays = renewals.essaysToReview();
        if (essays.isEmpty()) {
            add(new Paragraph(getTranslation("cpd.essays.none")));
        }
        essays.forEach(essay -> add(card(essay)));
    }

    private Div card(EssayDetails essay) {
        var card = new Div();
        card.addClassName("gh-card");
        card.setId("essay-" + essay.id());
        var body = new Paragraph(essay.body());
        body.addClassName("gh-essay-body");
        var feedback = new TextArea(getTranslation("cpd.essays.feedback"));
        feedback.setWidthFull();
        feedback.setMaxLength(RecertificationEssay.MAX_FEEDBACK);
        var form = new NoteForm<>(EssayReviewData.class, EssayReviewData.FEEDBACK, feedback, new EssayReviewData(""),
                null);
        var accept = new Button(getTranslation("cpd.essays.accept"), click -> review(essay, true, form));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.setId("accept-essay-" + essay.id());
        var giveBack = new Button(getTranslation("cpd.essays.return"), click -> review(essay, false, form));
        giveBack.setId("return-essay-" + essay.id());
        card.add(new H3(getTranslation("cpd.essays.card", essay.authorName(), essay.designationCode(),
                        essay.cycleNumber())),
                new Paragraph(Translated.text(Text.of("cpd.essays.sent-on",
                        essay.submittedAt().atZone(clock.getZone())))), body, form,
                new HorizontalLayout(accept, giveBack));
        return card;
    }

    private void review(EssayDetails essay, boolean accept, NoteForm<EssayReviewData> form) {
        form.value().ifPresent(review -> {
            try {
                renewals.reviewEssay(essay.id(), accept, review.feedback());
                Toast.success(getTranslation(accept ? "cpd.essays.accepted" : "cpd.essays.returned"));
                render();
            } catch (CpdRefusedException refused) {
                form.show(refused);
            }
        });
    }
}
