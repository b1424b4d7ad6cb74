package org.guildhall.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.AssessorQualificationService;
import org.guildhall.assessment.ConflictCheck;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The registrar's stand-alone conflict check (issue 20): any assessor against any candidate, each conflict the
 * portal's records show with its reason, and which of the candidate's designations the assessor may judge.
 */
@Route("registrar/check-conflicts")
@PageTitle("assessment.title.check-conflicts")
@Menu(order = 46, icon = "vaadin:search", title = "assessment.menu.check-conflicts")
@RolesAllowed(Role.Names.REGISTRAR)
final class CheckConflictsView extends VerticalLayout {

    private final AssessorQualificationService screening;
    private final Div result = new Div();

    CheckConflictsView(AssessorQualificationService screening) {
        this.screening = screening;
        setId("check-conflicts");
        addClassName("gh-page");
        var assessor = picker("assessment.check.assessor.label", "check-assessor");
        assessor.setItems(query -> screening.assessorsMatching(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        var candidate = picker("assessment.check.candidate.label", "check-candidate");
        candidate.setItems(query -> screening.candidatesMatching(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        var check = new Button(getTranslation("assessment.check.submit"), event -> {
            if (assessor.getValue() == null || candidate.getValue() == null) {
                Toast.error(getTranslation("assessment.check.pick-both"));
                return;
            }
            show(screening.check(assessor.getValue().id(), candidate.getValue().id()));
        });
        check.setId("check-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("check-result");
        add(new Paragraph(getTranslation("assessment.check.intro")), new HorizontalLayout(assessor, candidate),
                check, result);
    }

    private ComboBox<AccountSummary> picker(String labelKey, String id) {
        var picker = new ComboBox<AccountSummary>(getTranslation(labelKey));
        picker.setId(id);
        picker.setItemLabelGenerator(a -> a.fullName() + " (" + a.email() + ")");
        picker.setWidth("22em");
        return picker;
    }

    private void show(ConflictCheck check) {
        result.removeAll();
        var conflicts = new UnorderedList();
        conflicts.setId("check-conflicts-found");
        if (check.conflicts().isEmpty()) {
            result.add(new Paragraph(getTranslation("assessment.check.none", check.assessorName(),
                    check.candidateName())));
        } else {
            result.add(new Paragraph(getTranslation("assessment.check.found", check.assessorName(),
                    check.candidateName())));
            check.conflicts().forEach(c -> conflicts.add(new ListItem(getTranslation("assessment.check.conflict",
                    Translated.text(c.kind().text()), Translated.text(c.detail())))));
            result.add(conflicts);
        }
        result.add(new Paragraph(getTranslation("assessment.check.events-recorded")));
        result.add(new H2(getTranslation("assessment.check.qualified")));
        var qualified = new UnorderedList();
        qualified.setId("check-qualifications");
        check.qualifications().forEach(q -> qualified.add(new ListItem(q.qualifiedBy() == null
                ? getTranslation("assessment.qualification.none", q.designationCode())
                : Translated.text(q.qualifiedBy()))));
        if (check.qualifications().isEmpty()) {
            qualified.add(new ListItem(getTranslation("assessment.check.no-portfolio")));
        }
        result.add(qualified);
    }
}
