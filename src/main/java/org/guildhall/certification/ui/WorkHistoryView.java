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
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The candidate's way to a designation (seed 003): their work history, their course certificates, and where they
 * stand against the experience route and the exam route for the designation they choose.
 */
@Route("certification/route")
@PageTitle("certification.title.work-history")
@Menu(order = 15, icon = "vaadin:road-branches", title = "certification.menu.work-history")
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
        designation.setLabel(getTranslation("certification.exam.designation.label"));
        var designations = catalogue.all();
        designation.setItems(designations);
        designation.setItemLabelGenerator(choice -> choice == null ? "" : choice.code() + " \u00b7 " + choice.fullName());
        designation.setWidth("28rem");
        designation.addValueChangeListener(event -> showChecks());
        checks.addClassName("gh-cards");
        checks.setId("route-checks");

        history.setId("work-history-grid");
        history.addColumn(WorkPeriodSummary::employer).setHeader(getTranslation("certification.work.employer.label"))
                .setFlexGrow(1);
        history.addColumn(WorkPeriodSummary::jobTitle).setHeader(getTranslation("certification.work.role.label"))
                .setFlexGrow(1);
        history.addColumn(period -> period.endsOn() == null
                ? getTranslation("certification.work.since", period.startsOn())
                : getTranslation("certification.work.from-to", period.startsOn(), period.endsOn()))
                .setHeader(getTranslation("certification.sittings.when")).setAutoWidth(true);
        history.addColumn(period -> getTranslation(period.kind().labelKey()))
                .setHeader(getTranslation("certification.work.counts-as")).setAutoWidth(true);
        history.addComponentColumn(period -> {
            var remove = new Button(VaadinIcon.TRASH.create(), event -> remove(period));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("certification.work.remove", period.employer()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        history.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("certification.work.intro")),
                designation, checks,
                new H2(getTranslation("certification.work.title")), workForm(), history,
                new H2(getTranslation("certification.course.title")), courses(documents, accounts));
        // Opens on the first designation so the page answers "where do I stand?" at once.
        designation.setValue(designations.getFirst());
        refreshHistory();
    }

    private Div workForm() {
        var form = new WorkPeriodForm(LocalDate.now(clock));
        var add = new Button(getTranslation("certification.work.add"), event -> form.value().ifPresent(entry -> {
            try {
                eligibility.addWorkPeriod(entry);
                form.clear();
                refreshHistory();
                Toast.success(getTranslation("certification.work.added"));
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
            var field = new DocumentUploadField(course.required() ? course.name()
                    : getTranslation("certification.course.optional", course.name()), documents, accounts);
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
            checks.add(new Paragraph(getTranslation("certification.route.choose")));
            return;
        }
        var opened = eligibility.myOpenedExperienceRoutes();
        eligibility.myRouteChecks(chosen.code()).forEach(check -> checks.add(card(check, opened.contains(check
                .designationCode()))));
    }

    private Div card(RouteCheck check, boolean experienceOpened) {
        var id = check.route().name().toLowerCase();
        var badge = new Span(getTranslation(check.eligible() ? "certification.route.eligible"
                : "certification.route.not-eligible"));
        badge.setId("check-" + id + "-badge");
        badge.addClassNames("gh-badge", check.eligible() ? "gh-badge-yes" : "gh-badge-no");
        var unmet = new UnorderedList();
        unmet.setId("check-" + id + "-unmet");
        check.unmet().forEach(reason -> unmet.add(new ListItem(Translated.text(reason))));
        unmet.addClassName("gh-unmet");
        var card = new Div(new H2(getTranslation(check.route().labelKey())), badge,
                new Paragraph(getTranslation("certification.route.counted", Translated.text(check.experience()))),
                unmet);
        card.addClassName("gh-card");
        card.setId("check-" + id);
        if (check.route() == org.guildhall.certification.Route.EXPERIENCE && check.eligible()) {
            card.add(experienceOpened
                    ? new Paragraph(getTranslation("certification.route.portfolio-open", check.designationCode()))
                    : openPortfolio(check.designationCode()));
        }
        if (check.route() == org.guildhall.certification.Route.EXAM && check.eligible()) {
            card.add(new Anchor("certification/exams", getTranslation("certification.route.enrol")));
        }
        return card;
    }

    private Button openPortfolio(String designationCode) {
        var open = new Button(getTranslation("certification.route.start-portfolio"));
        open.setId("open-experience-route");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(event -> {
            try {
                eligibility.openExperienceRoute(designationCode);
                Toast.success(getTranslation("certification.route.opened", designationCode));
                showChecks();
            } catch (CertificationRefusedException refused) {
                Toast.error(refused);
            }
        });
        return open;
    }
}
