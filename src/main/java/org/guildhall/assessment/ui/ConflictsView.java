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
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.PanelService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;

/**
 * Declared conflicts of interest: an assessor names a candidate they should not judge, or a candidate an assessor
 * who should not judge them. The registrar's proposals leave such pairs out.
 */
@Route("conflicts")
@PageTitle("assessment.title.conflicts")
@Menu(order = 55, icon = "vaadin:scale-unbalance", title = "assessment.menu.conflicts")
@RolesAllowed({Role.Names.ASSESSOR, Role.Names.MEMBER})
final class ConflictsView extends VerticalLayout {

    private final PanelService panels;
    private final UnorderedList declared = new UnorderedList();

    ConflictsView(PanelService panels) {
        this.panels = panels;
        setId("conflicts");
        addClassName("gh-page");
        var form = new ConflictForm();
        var declare = new Button(getTranslation("assessment.conflicts.declare"), event -> form.value().ifPresent(conflict -> {
            try {
                panels.declareConflict(conflict);
                form.clear();
                Toast.success(getTranslation("assessment.conflicts.declared"));
                refresh();
            } catch (AssessmentRefusedException refused) {
                form.show(refused);
            }
        }));
        declare.setId("declare-conflict");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declared.setId("declared-conflicts");
        add(new Paragraph(getTranslation("assessment.conflicts.intro")),
                form, declare, new H2(getTranslation("assessment.conflicts.yours")), declared);
        refresh();
    }

    private void refresh() {
        declared.removeAll();
        var mine = panels.myDeclaredConflicts();
        mine.forEach(line -> declared.add(new ListItem(line)));
        if (mine.isEmpty()) {
            declared.add(new ListItem(getTranslation("assessment.conflicts.none")));
        }
    }
}
