package org.guildhall.membership.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.Role;

/**
 * The eligibility check: the applicant answers, and sees for every membership category at once whether they
 * qualify or exactly which condition is not met. "Apply with these answers" carries them into the application, so
 * they are not asked twice.
 */
@Route("membership/eligibility")
@PageTitle("membership.title.eligibility")
@Menu(order = 10, icon = "vaadin:check-square-o", title = "membership.menu.eligibility")
@RolesAllowed(Role.Names.APPLICANT)
final class EligibilityView extends VerticalLayout {

    EligibilityView(FormDrafts drafts) {
        setId("eligibility");
        addClassName("gh-page");
        var questionnaire = new EligibilityQuestionnaire();
        var apply = new Button(getTranslation("membership.eligibility-check.apply"), click -> {
            drafts.keep(MyApplicationView.DRAFT_KEY,
                    new MyApplicationView.ApplicationDraft(questionnaire.getAnswers(), null, List.of()), List.of());
            getUI().ifPresent(ui -> ui.navigate(MyApplicationView.class));
        });
        apply.setId("apply-with-answers");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("membership.eligibility-check.intro")), questionnaire, apply);
    }
}
