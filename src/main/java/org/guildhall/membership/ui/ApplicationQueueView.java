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
import org.guildhall.shell.SearchField;

/**
 * The registrar's queue of applications, searched by name or email and filtered by status, category and age,
 * sortable, loaded page by page.
 */
@Route("registrar/applications")
@PageTitle("membership.title.application-queue")
@Menu(order = 40, icon = "vaadin:inbox", title = "membership.menu.application-queue")
@RolesAllowed(Role.Names.REGISTRAR)
final class ApplicationQueueView extends VerticalLayout {

    private final CheckboxGroup<ApplicationStatus> statuses = new CheckboxGroup<>();
    private final Select<MembershipCategory> category = new Select<>();
    private final Select<Integer> age = new Select<>();
    private final TextField search = SearchField.matching("queue-search", "");

    ApplicationQueueView(RegistrarLists lists, Clock clock) {
        setId("application-queue");
        addClassName("gh-page");
        setSizeFull();

        statuses.setLabel(getTranslation("membership.year-view.status"));
        search.setPlaceholder(getTranslation("membership.queue.search"));
        statuses.setId("queue-status");
        statuses.setItems(ApplicationStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation(status.key()));
        statuses.setValue(MembershipService.OPEN);
        category.setId("queue-category");
        category.setLabel(getTranslation("membership.year-view.category"));
        category.setItems(MembershipCategory.values());
        category.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.key()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("membership.queue.all-categories"));
        age.setId("queue-age");
        age.setLabel(getTranslation("membership.queue.waiting"));
        age.setItems(0, 7, 14, 30);
        age.setItemLabelGenerator(days -> getTranslation("membership.queue.older-than", days));
        age.setValue(0);
        search.setLabel(getTranslation("membership.queue.applicant"));

        var grid = new Grid<ApplicationSummary>();
        grid.setId("queue-grid");
        grid.addColumn(ApplicationSummary::applicantName).setHeader(getTranslation("membership.queue.applicant"))
                .setFlexGrow(1);
        grid.addColumn(application -> application.category() == null ? ""
                        : getTranslation(application.category().key()))
                .setHeader(getTranslation("membership.year-view.category")).setSortProperty("category").setAutoWidth(true);
        grid.addColumn(application -> getTranslation(application.status().key()))
                .setHeader(getTranslation("membership.year-view.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(application -> application.submittedAt() == null ? ""
                        : getTranslation("membership.date", application.submittedAt().atZone(clock.getZone())
                                .toLocalDate()))
                .setHeader(getTranslation("membership.queue.submitted")).setSortProperty("submittedAt").setAutoWidth(true);
        grid.addColumn(application -> application.submittedAt() == null ? ""
                        : getTranslation("membership.queue.days",
                                Duration.between(application.submittedAt(), clock.instant()).toDays()))
                .setHeader(getTranslation("membership.queue.waiting")).setAutoWidth(true);
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
