package org.guildhall.membership.ui;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.RegisterEntry;
import org.guildhall.membership.RegistrarLists;
import org.guildhall.shell.SearchField;

/** The registrar's register of members and applicants, with member numbers, searchable and loaded page by page. */
@Route("registrar/register")
@PageTitle("membership.title.member-register")
@Menu(order = 48, icon = "vaadin:records", title = "membership.menu.member-register")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class MemberRegisterView extends VerticalLayout {

    MemberRegisterView(RegistrarLists lists, Clock clock) {
        setId("member-register");
        addClassName("gh-page");
        setSizeFull();
        ZoneId zone = clock.getZone();

        var who = new RadioButtonGroup<Role>();
        who.setId("register-role");
        who.setItems(Role.MEMBER, Role.APPLICANT);
        who.setItemLabelGenerator(role -> getTranslation(role == Role.MEMBER ? "membership.home.register.members"
                : "membership.home.register.applicants"));
        who.setValue(Role.MEMBER);
        var search = SearchField.matching("register-search", getTranslation("membership.register.search"));

        var grid = new Grid<RegisterEntry>();
        grid.setId("register-grid");
        grid.addColumn(RegisterEntry::fullName).setHeader(getTranslation("membership.year-view.name")).setFlexGrow(1);
        grid.addColumn(entry -> entry.memberNumber() == null ? "" : entry.memberNumber())
                .setHeader(getTranslation("membership.mine.number"))
                .setKey("member-number").setAutoWidth(true);
        grid.addColumn(RegisterEntry::email).setHeader(getTranslation("membership.register.email")).setFlexGrow(1);
        grid.addColumn(entry -> getTranslation("membership.date", entry.accountSince().atZone(zone).toLocalDate()))
                .setHeader(getTranslation("membership.register.since"))
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> lists.register(who.getValue(), search.getValue(), pageable),
                pageable -> lists.countRegister(who.getValue(), search.getValue()));
        grid.setSizeFull();
        who.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(who, search);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }
}
