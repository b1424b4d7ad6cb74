package org.guildhall.membership.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.ApplicationSummary;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.RegistrarLists;
import org.guildhall.membership.RegistrarLists.QueueFilter;
import org.guildhall.shell.Formats;
import org.guildhall.shell.SearchField;

/**
 * The registrar's queue of applications, searched by name or email and filtered by status, category and age,
 * sortable, loaded page by page.
 */
@Route("registrar/applications")
@PageTitle("Membership applications")
@Menu(order = 40, icon = "vaadin:inbox", title = "Applications")
@RolesAllowed(Role.Names.REGISTRAR)
final class ApplicationQueueView extends VerticalLayout {

    private final CheckboxGroup<ApplicationStatus> statuses = new CheckboxGroup<>("Status");
    private final Select<MembershipCategory> category = new Select<>();
    private final Select<Integer> age = new Select<>();
    private final TextField search = SearchField.matching("queue-search", "Name or email");

    ApplicationQueueView(RegistrarLists lists, Clock clock) {
        setId("application-queue");
        addClassName("gh-page");
        setSizeFull();

        statuses.setId("queue-status");
        statuses.setItems(ApplicationStatus.values());
        statuses.setItemLabelGenerator(ApplicationStatus::description);
        statuses.setValue(MembershipService.OPEN);
        category.setId("queue-category");
        category.setLabel("Category");
        category.setItems(MembershipCategory.values());
        category.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All categories");
        age.setId("queue-age");
        age.setLabel("Waiting");
        age.setItems(0, 7, 14, 30);
        age.setItemLabelGenerator(days -> days == 0 ? "Any time" : "More than " + days + " days");
        age.setValue(0);
        search.setLabel("Applicant");

        var grid = new Grid<ApplicationSummary>();
        grid.setId("queue-grid");
        grid.addColumn(ApplicationSummary::applicantName).setHeader("Applicant").setFlexGrow(1);
        grid.addColumn(application -> application.category() == null ? "" : application.category().label())
                .setHeader("Category").setSortProperty("category").setAutoWidth(true);
        grid.addColumn(application -> application.status().description()).setHeader("Status")
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(application -> application.submittedAt() == null ? ""
                        : Formats.date(application.submittedAt(), clock.getZone()))
                .setHeader("Submitted").setSortProperty("submittedAt").setAutoWidth(true);
        grid.addColumn(application -> application.submittedAt() == null ? ""
                        : Duration.between(application.submittedAt(), clock.instant()).toDays() + " days")
                .setHeader("Waiting").setAutoWidth(true);
        grid.setItemsPageable(pageable -> lists.applications(filter(), pageable),
                pageable -> lists.countApplications(filter()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(ApplicationReviewView.class,
                event.getItem().id())));
        grid.setSizeFull();

        statuses.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        age.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(search, category, age, statuses);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, grid);
    }

    private QueueFilter filter() {
        var chosen = statuses.getValue().isEmpty() ? EnumSet.allOf(ApplicationStatus.class)
                : EnumSet.copyOf(statuses.getValue());
        return new QueueFilter(chosen, category.getValue(), age.getValue() == null ? 0 : age.getValue(),
                search.getValue());
    }
}
