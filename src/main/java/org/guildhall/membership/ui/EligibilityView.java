package org.guildhall.membership.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;

/**
 * The eligibility check: the applicant answers, and sees for every membership category at once whether they
 * qualify or exactly which condition is not met. Nothing is saved here.
 */
@Route("membership/eligibility")
@PageTitle("Which membership fits you?")
@Menu(order = 10, icon = "vaadin:check-square-o", title = "Eligibility check")
@RolesAllowed(Role.Names.APPLICANT)
final class EligibilityView extends VerticalLayout {

    EligibilityView() {
        setId("eligibility");
        addClassName("gh-page");
        var intro = new Paragraph("Answer for your situation today. The result updates as you answer; nothing is "
                + "saved here. When you know your category, ");
        intro.add(new Anchor("membership/application", "start your application"), new Text("."));
        add(intro, new EligibilityQuestionnaire());
    }
}
