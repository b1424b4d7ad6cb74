package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.EligibilityService;
import org.guildhall.certification.ExamCourse;
import org.guildhall.certification.RouteCheck;
import org.guildhall.certification.WorkPeriodSummary;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The candidate's way to a designation (seed 003): their work history, their course certificates, and where they
 * stand against the experience route and the exam route for the designation they choose.
 */
@Route("certification/route")
@PageTitle("My route to a designation")
@Menu(order = 15, icon = "vaadin:road-branches", title = "My route")
@RolesAllowed(Role.Names.MEMBER)
final class WorkHistoryView extends VerticalLayout {

    private final EligibilityService eligibility;
    private final Clock clock;
    private final Grid<WorkPeriodSummary> history = new Grid<>();
    private final Select<DesignationSummary> designation = new Select<>();
    private final Div checks = new Div();

    WorkHistoryView(EligibilityService eligibility, DesignationCatalogue catalogue, DocumentService documents,
            AccountService accounts, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
        setId("work-history");
        addClassName("gh-page");

        designation.setId("route-designation");
        designation.setLabel("Designation");
        var designations = catalogue.all();
        designation.setItems(designations);
        designation.setItemLabelGenerator(choice -> choice == null ? "" : choice.code() + " \u00b7 " + choice.fullName());
        designation.setWidth("28rem");
        designation.addValueChangeListener(event -> showChecks());
        checks.addClassName("gh-cards");
        checks.setId("route-checks");

        history.setId("work-history-grid");
        history.addColumn(WorkPeriodSummary::employer).setHeader("Employer").setFlexGrow(1);
        history.addColumn(WorkPeriodSummary::jobTitle).setHeader("Role").setFlexGrow(1);
        history.addColumn(period -> Formats.date(period.startsOn()) + " \u2013 "
                + (period.endsOn() == null ? "now" : Formats.date(period.endsOn()))).setHeader("When")
                .setAutoWidth(true);
        history.addColumn(period -> period.kind().label()).setHeader("Counts as").setAutoWidth(true);
        history.addComponentColumn(period -> {
            var remove = new Button(VaadinIcon.TRASH.create(), event -> remove(period));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + period.employer());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        history.setAllRowsVisible(true);

        add(new Paragraph("The experience route asks for five years in customer service management or CRM; the exam "
                + "route for two years in a customer-service role and the courses below. Record every job: where "
                + "jobs overlap, the days are counted once."),
                designation, checks,
                new H2("Work history"), workForm(), history,
                new H2("Course certificates for the exam route"), courses(documents, accounts));
        // Opens on the first designation so the page answers "where do I stand?" at once.
        designation.setValue(designations.getFirst());
        refreshHistory();
    }

    private Div workForm() {
        var form = new WorkPeriodForm(LocalDate.now(clock));
        var add = new Button("Add to work history", event -> form.value().ifPresent(entry -> {
            try {
                eligibility.addWorkPeriod(entry);
                form.clear();
                refreshHistory();
                Toast.success("Added to your work history.");
            } catch (CertificationRefusedException refused) {
                form.show(refused);
            }
        }));
        add.setId("work-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(form, add);
    }

    private Div courses(DocumentService documents, AccountService accounts) {
        var list = new Div();
        list.addClassName("gh-cards");
        var held = eligibility.myCourseCertificates();
        for (ExamCourse course : eligibility.courses()) {
            var field = new DocumentUploadField(course.name() + (course.required() ? "" : " (optional)"), documents,
                    accounts);
            field.setId("course-" + course.code());
            field.setValue(held.getOrDefault(course.code(), List.of()));
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    try {
                        eligibility.setCourseCertificates(course.code(),
                                event.getValue().stream().map(DocumentReference::id).toList());
                        showChecks();
                    } catch (CertificationRefusedException refused) {
                        Toast.error(refused);
                    }
                }
            });
            var card = new Div(field);
            card.addClassName("gh-card");
            list.add(card);
        }
        return list;
    }

    private void remove(WorkPeriodSummary period) {
        try {
            eligibility.removeWorkPeriod(period.id());
            refreshHistory();
        } catch (CertificationRefusedException refused) {
            Toast.error(refused);
        }
    }

    private void refreshHistory() {
        history.setItems(eligibility.myWorkHistory());
        showChecks();
    }

    private void showChecks() {
        checks.removeAll();
        var chosen = designation.getValue();
        if (chosen == null) {
            checks.add(new Paragraph("Choose a designation to see where you stand against its routes."));
            return;
        }
        var opened = eligibility.myOpenedExperienceRoutes();
        eligibility.myRouteChecks(chosen.code()).forEach(check -> checks.add(card(check, opened.contains(check
                .designationCode()))));
    }

    private Div card(RouteCheck check, boolean experienceOpened) {
        var id = check.route().name().toLowerCase();
        var badge = new Span(check.eligible() ? "Eligible" : "Not yet eligible");
        badge.setId("check-" + id + "-badge");
        badge.addClassNames("gh-badge", check.eligible() ? "gh-badge-yes" : "gh-badge-no");
        var unmet = new UnorderedList();
        unmet.setId("check-" + id + "-unmet");
        check.unmet().forEach(reason -> unmet.add(new ListItem(reason)));
        unmet.addClassName("gh-unmet");
        var card = new Div(new H2(check.route().label()), badge,
                new Paragraph("Relevant experience counted: " + check.experience() + "."), unmet);
        card.addClassName("gh-card");
        card.setId("check-" + id);
        if (check.route() == org.guildhall.certification.Route.EXPERIENCE && check.eligible()) {
            card.add(experienceOpened
                    ? new Paragraph("Your portfolio for " + check.designationCode() + " is open.")
                    : openPortfolio(check.designationCode()));
        }
        if (check.route() == org.guildhall.certification.Route.EXAM && check.eligible()) {
            card.add(new Anchor("certification/exams", "Enrol for the exam"));
        }
        return card;
    }

    private Button openPortfolio(String designationCode) {
        var open = new Button("Start my portfolio");
        open.setId("open-experience-route");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(event -> {
            try {
                eligibility.openExperienceRoute(designationCode);
                Toast.success("Your experience route for " + designationCode + " is open: your portfolio is ready.");
                showChecks();
            } catch (CertificationRefusedException refused) {
                Toast.error(refused);
            }
        });
        return open;
    }
}
