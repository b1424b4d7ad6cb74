package org.guildhall.appeals.ui;

import java.time.Clock;
import java.time.LocalDate;

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
import org.guildhall.appeals.AppealRefusedException;
import org.guildhall.appeals.AppealService;
import org.guildhall.appeals.AppealSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * A candidate's or member's appeals (issue 20): the decisions about them still open to appeal with the form to
 * appeal one, and their appeals with where each stands and its outcome.
 */
@Route("appeals/mine")
@PageTitle("appeals.title.mine")
@Menu(order = 58, icon = "vaadin:gavel", title = "appeals.menu.mine")
@RolesAllowed({Role.Names.MEMBER, Role.Names.APPLICANT})
final class MyAppealsView extends VerticalLayout {

    private final AppealService appeals;
    private final Clock clock;
    private final UnorderedList mine = new UnorderedList();

    MyAppealsView(AppealService appeals, DocumentService documents, AccountService accounts, Clock clock) {
        this.appeals = appeals;
        this.clock = clock;
        setId("my-appeals");
        addClassName("gh-page");
        var open = appeals.appealable();
        add(new H2(getTranslation("appeals.title.mine")), new Paragraph(getTranslation("appeals.mine.intro")));
        if (open.isEmpty()) {
            var none = new Paragraph(getTranslation("appeals.mine.none-open"));
            none.setId("appeal-none-open");
            add(none);
        } else {
            var form = new AppealForm(open, documents, accounts);
            var lodge = new Button(getTranslation("appeals.form.lodge"), event -> form.value().ifPresent(data -> {
                try {
                    appeals.lodge(data);
                    Toast.success(getTranslation("appeals.form.lodged"));
                    getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                } catch (AppealRefusedException refused) {
                    form.show(refused);
                }
            }));
            lodge.setId("lodge-appeal");
            lodge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(form, lodge);
        }
        mine.setId("my-appeal-list");
        add(new H2(getTranslation("appeals.mine.yours")), mine);
        refresh();
    }

    private void refresh() {
        mine.removeAll();
        var listed = appeals.myAppeals();
        listed.forEach(appeal -> mine.add(new ListItem(line(appeal))));
        if (listed.isEmpty()) {
            mine.add(new ListItem(getTranslation("appeals.mine.none")));
        }
    }

    private String line(AppealSummary appeal) {
        var lodged = LocalDate.ofInstant(appeal.lodgedAt(), clock.getZone());
        var outcome = appeal.outcome();
        return Translated.text(Text.of("appeals.mine.line", appeal.subject(), lodged,
                outcome == null ? appeal.status().text() : outcome.text()));
    }
}
