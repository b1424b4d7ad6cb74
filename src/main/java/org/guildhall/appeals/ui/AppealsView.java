package org.guildhall.appeals.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.appeals.AppealDesk;
import org.guildhall.appeals.AppealSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.Translated;

/** The appeals a registrar handles (all of them) or an assessor hears (those on whose panel they sit). */
@Route("appeals")
@PageTitle("appeals.title.queue")
@Menu(order = 59, icon = "vaadin:gavel", title = "appeals.menu.queue")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ASSESSOR})
final class AppealsView extends VerticalLayout {

    AppealsView(AppealDesk desk, Clock clock) {
        setId("appeals");
        addClassName("gh-page");
        var grid = new Grid<AppealSummary>();
        grid.setId("appeal-grid");
        grid.addColumn(appeal -> Translated.text(appeal.subject())).setHeader(getTranslation("appeals.queue.subject"))
                .setFlexGrow(2);
        grid.addColumn(AppealSummary::appellantName).setHeader(getTranslation("appeals.queue.appellant"));
        grid.addColumn(appeal -> Translated.text(org.guildhall.shared.Text.of("appeals.queue.lodged-on",
                LocalDate.ofInstant(appeal.lodgedAt(), clock.getZone())))).setHeader(getTranslation("appeals.queue.lodged"));
        grid.addColumn(appeal -> Translated.text(appeal.outcome() == null ? appeal.status().text()
                : appeal.outcome().text())).setHeader(getTranslation("appeals.queue.status"));
        var appeals = desk.queue();
        grid.setItems(appeals);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AppealView.class, e.getItem().id())));
        add(new H2(getTranslation("appeals.title.queue")), new Paragraph(getTranslation("appeals.queue.intro")), grid);
        grid.setVisible(!appeals.isEmpty());
        if (appeals.isEmpty()) {
            add(new Paragraph(getTranslation("appeals.queue.none")));
        }
    }
}
