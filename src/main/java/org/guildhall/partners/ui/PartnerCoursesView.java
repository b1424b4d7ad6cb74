package org.guildhall.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.Role;
import org.guildhall.partners.CourseSummary;
import org.guildhall.partners.PartnerCourseService;
import org.guildhall.partners.PartnerRefusedException;
import org.guildhall.partners.PartnerSummary;
import org.guildhall.shell.FittingGrid;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * Approved courses with their claim codes, for the registrar (who also records partners here) and for the people
 * acting for a partner; open to anyone signed in, since partner contacts hold no role of their own, and refused
 * to whoever is neither staff nor a partner's contact (the service decides who that is).
 */
@Route("partners/courses")
@PageTitle("partners.title.courses")
@PermitAll
final class PartnerCoursesView extends VerticalLayout implements BeforeEnterObserver {

    private final PartnerCourseService service;
    private final CpdService cpd;
    private final boolean staff;
    private final Grid<CourseSummary> courses = new Grid<>();
    private final Grid<PartnerSummary> partners = new Grid<>();

    PartnerCoursesView(PartnerCourseService service, CpdService cpd, AuthenticationContext authentication) {
        this.service = service;
        this.cpd = cpd;
        this.staff = authentication.hasAnyRole(Role.Names.REGISTRAR, Role.Names.ADMIN);
        setId("partner-courses");
        addClassName("gh-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!service.mayManageCourses()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("partners.courses.heading")), new Paragraph(getTranslation("partners.courses.intro")));
        configureCourses();
        add(courses, new H3(getTranslation("partners.course.register.heading")), courseForm());
        if (staff) {
            configurePartners();
            add(new H3(getTranslation("partners.partners.heading")), partners, partnerForm());
        }
        refresh();
    }

    private void configureCourses() {
        courses.setId("courses-grid");
        courses.removeAllColumns();
        var fitting = FittingGrid.of(courses);
        courses.addColumn(CourseSummary::claimCode).setHeader(getTranslation("partners.courses.code"))
                .setAutoWidth(true).setFlexGrow(0);
        courses.addColumn(CourseSummary::title).setHeader(getTranslation("partners.courses.title"))
                .setWidth("16em").setFlexGrow(1);
        fitting.secondaryColumn(getTranslation("partners.courses.partner"), course -> course.partnerName() == null
                ? getTranslation("partners.course.the-institute") : course.partnerName()).setAutoWidth(true);
        fitting.secondaryColumn(getTranslation("partners.courses.credit"), course -> getTranslation(
                "partners.courses.credit.value", course.hours(), getTranslation(course.category().labelKey())))
                .setAutoWidth(true);
        fitting.secondaryColumn(getTranslation("partners.courses.valid"), course -> getTranslation(
                "partners.courses.valid.value", Formats.date(course.validFrom(), getLocale()),
                Formats.date(course.validTo(), getLocale()))).setAutoWidth(true);
        fitting.secondaryColumn(getTranslation("partners.courses.credited"),
                course -> Formats.number(course.credited())).setAutoWidth(true).setFlexGrow(0);
        courses.addComponentColumn(course -> {
            var roster = new RouterLink(getTranslation("partners.courses.roster"), CourseRosterView.class,
                    course.id());
            roster.setId("roster-" + course.id());
            return roster;
        }).setAutoWidth(true).setFlexGrow(0);
        courses.setAllRowsVisible(true);
    }

    private VerticalLayout courseForm() {
        var mine = service.myPartners();
        var form = new CourseForm(cpd.rulebook(), mine, staff);
        var register = new Button(getTranslation("partners.course.register"), click -> form.value()
                .ifPresent(data -> {
                    try {
                        var course = service.register(data);
                        Toast.success(getTranslation("partners.course.registered", course.title(),
                                course.claimCode()));
                        form.clear(mine, staff);
                        refresh();
                    } catch (PartnerRefusedException refused) {
                        form.show(refused);
                    }
                }));
        register.setId("register-course");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var section = new VerticalLayout(form, register);
        section.setPadding(false);
        return section;
    }

    private void configurePartners() {
        partners.setId("partners-grid");
        partners.removeAllColumns();
        partners.addColumn(PartnerSummary::name).setHeader(getTranslation("partners.partners.name")).setFlexGrow(1);
        partners.addColumn(partner -> String.join(", ", partner.contacts()))
                .setHeader(getTranslation("partners.partners.contacts")).setFlexGrow(2);
        partners.setAllRowsVisible(true);
    }

    private VerticalLayout partnerForm() {
        var form = new PartnerForm();
        var record = new Button(getTranslation("partners.partner.record"), click -> form.value().ifPresent(data -> {
            try {
                service.recordPartner(data);
                Toast.success(getTranslation("partners.partner.recorded", data.name().strip()));
                render();
            } catch (PartnerRefusedException refused) {
                form.show(refused);
            }
        }));
        record.setId("record-partner");
        var section = new VerticalLayout(form, record);
        section.setPadding(false);
        return section;
    }

    private void refresh() {
        courses.setItems(service.myCourses());
        if (staff) {
            partners.setItems(service.myPartners());
        }
    }
}
