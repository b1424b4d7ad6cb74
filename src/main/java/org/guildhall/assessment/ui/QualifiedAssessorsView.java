package org.guildhall.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.AssessorQualificationService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;

/**
 * The registrar qualifies an assessor to judge a designation they do not hold (issue 20); each qualification is
 * listed with who recorded it and when.
 */
@Route("registrar/qualified-assessors")
@PageTitle("assessment.title.qualified-assessors")
@Menu(order = 45, icon = "vaadin:diploma", title = "assessment.menu.qualified-assessors")
@RolesAllowed(Role.Names.REGISTRAR)
final class QualifiedAssessorsView extends VerticalLayout {

    private final AssessorQualificationService qualifications;
    private final Clock clock;
    private final UnorderedList recorded = new UnorderedList();

    QualifiedAssessorsView(AssessorQualificationService qualifications, Clock clock) {
        this.qualifications = qualifications;
        this.clock = clock;
        setId("qualified-assessors");
        addClassName("gh-page");
        var form = new QualificationForm(qualifications::assessorsMatching, qualifications.designationCodes());
        var qualify = new Button(getTranslation("assessment.qualify.submit"), event -> form.value().ifPresent(entry -> {
            try {
                qualifications.qualify(entry);
                form.clear();
                Toast.success(getTranslation("assessment.qualify.done"));
                refresh();
            } catch (AssessmentRefusedException refused) {
                form.show(refused);
            }
        }));
        qualify.setId("qualify-submit");
        qualify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recorded.setId("qualifications");
        add(new Paragraph(getTranslation("assessment.qualify.intro")), form, qualify,
                new H2(getTranslation("assessment.qualify.heading")), recorded);
        refresh();
    }

    private void refresh() {
        recorded.removeAll();
        var all = qualifications.qualifications();
        all.forEach(q -> recorded.add(new ListItem(getTranslation("assessment.qualify.entry", q.assessorName(),
                q.designationCode(), q.qualifiedByName(), q.qualifiedAt().atZone(clock.getZone()).toLocalDate(),
                q.note()))));
        if (all.isEmpty()) {
            recorded.add(new ListItem(getTranslation("assessment.qualify.none")));
        }
    }
}
