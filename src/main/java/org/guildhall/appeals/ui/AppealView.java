package org.guildhall.appeals.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.appeals.AppealDesk;
import org.guildhall.appeals.AppealDetails;
import org.guildhall.appeals.AppealNotFoundException;
import org.guildhall.appeals.AppealRefusedException;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * One appeal for the registrar and its panel: the decision appealed and its original file, the grounds and
 * documents, the panel; the registrar forms the panel, its chair records the outcome; the history below.
 */
@Route("appeal")
@PageTitle("appeals.title.appeal")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ASSESSOR})
final class AppealView extends VerticalLayout implements HasUrlParameter<Long> {

    private final AppealDesk desk;
    private final Clock clock;
    private long appealId;

    AppealView(AppealDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        setId("appeal-view");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long appealId) {
        this.appealId = appealId;
        try {
            render();
        } catch (AppealNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        var appeal = desk.appeal(appealId);
        var title = new H2(Translated.text(appeal.subject()));
        title.setId("appeal-title");
        var facts = new Paragraph(Translated.text(Text.of("appeals.view.facts", appeal.appellantName(),
                appeal.decidedOn(), LocalDate.ofInstant(appeal.lodgedAt(), clock.getZone()), appeal.status().text())));
        facts.setId("appeal-facts");
        add(title, facts);

        add(new H3(getTranslation("appeals.view.file")), lines("appeal-file", appeal));
        var grounds = new Paragraph(appeal.grounds());
        grounds.setId("appeal-grounds-text");
        add(new H3(getTranslation("appeals.view.grounds")), grounds);
        var documents = new UnorderedList();
        documents.setId("appeal-documents-list");
        appeal.documents().forEach(document -> documents.add(new ListItem(
                new Anchor(document.downloadPath(), document.filename()))));
        if (!appeal.documents().isEmpty()) {
            add(documents);
        }

        add(new H3(getTranslation("appeals.view.panel")));
        var panel = new Paragraph(appeal.panel().isEmpty() ? getTranslation("appeals.view.no-panel")
                : getTranslation("appeals.view.panel-members", String.join(", ", appeal.panel()), appeal.chairName()));
        panel.setId("appeal-panel");
        add(panel);
        if (appeal.mayFormPanel()) {
            addPanelForm();
        }
        if (appeal.outcome() != null) {
            var outcome = new Paragraph(Translated.text(Text.of("appeals.view.outcome", appeal.outcome().text(),
                    appeal.reasons())));
            outcome.setId("appeal-outcome-text");
            add(new H3(getTranslation("appeals.view.decision")), outcome);
        } else if (appeal.mayDecide()) {
            addDecisionForm(appeal);
        }

        var history = new UnorderedList();
        history.setId("appeal-history");
        appeal.history().forEach(entry -> history.add(new ListItem(Translated.text(Text.of("appeals.view.history-line",
                LocalDate.ofInstant(entry.recordedAt(), clock.getZone()), entry.actorName(), entry.action(),
                entry.detail())))));
        add(new H3(getTranslation("appeals.view.history")), history);
    }

    private UnorderedList lines(String id, AppealDetails appeal) {
        var list = new UnorderedList();
        list.setId(id);
        appeal.file().forEach(line -> list.add(new ListItem(Translated.text(line))));
        return list;
    }

    private void addPanelForm() {
        var form = new AppealPanelForm(desk.panelOptions(appealId));
        var formPanel = new Button(getTranslation("appeals.panel-form.submit"), event -> form.value().ifPresent(
                choice -> {
                    try {
                        desk.formPanel(appealId, choice);
                        Toast.success(getTranslation("appeals.panel-form.formed"));
                        render();
                    } catch (AppealRefusedException refused) {
                        form.show(refused);
                    }
                }));
        formPanel.setId("form-appeal-panel");
        formPanel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, formPanel);
    }

    private void addDecisionForm(AppealDetails appeal) {
        var form = new AppealDecisionForm();
        var decide = new Button(getTranslation("appeals.decision-form.submit"), event -> form.value().ifPresent(
                decision -> {
                    try {
                        desk.decide(appealId, appeal.version(), decision);
                        Toast.success(getTranslation("appeals.decision-form.recorded"));
                        render();
                    } catch (AppealRefusedException refused) {
                        form.show(refused);
                    }
                }));
        decide.setId("decide-appeal");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, decide);
    }
}
