package org.guildhall.assessment.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.AgreedBenchmarkSummary;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.CalibrationService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The registrar's benchmarks (issue 20): each with its portfolio, the score agreed per domain and how many
 * assessors scored it this period, and a form to mark another judged portfolio as a benchmark.
 */
@Route("registrar/calibration")
@PageTitle("assessment.title.calibration")
@Menu(order = 46, icon = "vaadin:scale", title = "assessment.menu.calibration")
@RolesAllowed(Role.Names.REGISTRAR)
final class CalibrationView extends VerticalLayout {

    private final CalibrationService calibration;
    private final Grid<AgreedBenchmarkSummary> grid = new Grid<>();

    CalibrationView(CalibrationService calibration, ReviewService reviews) {
        this.calibration = calibration;
        setId("calibration");
        addClassName("gh-page");
        var rubric = reviews.rubric();
        grid.setId("benchmarks");
        grid.addColumn(AgreedBenchmarkSummary::title).setHeader(getTranslation("assessment.benchmark.column.title"))
                .setWidth("14em").setFlexGrow(1);
        grid.addColumn(b -> b.candidateName() + " (" + b.designationCode() + ")")
                .setHeader(getTranslation("assessment.benchmark.column.portfolio")).setAutoWidth(true);
        for (var domain : rubric.domains()) {
            grid.addColumn(b -> agreed(b.agreedScores().get(domain.code())))
                    .setHeader(getTranslation("assessment.benchmark.column.agreed", Translated.text(domain.text())))
                    .setAutoWidth(true);
        }
        grid.addColumn(AgreedBenchmarkSummary::assessorsThisPeriod)
                .setHeader(getTranslation("assessment.benchmark.column.scored")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        var form = new BenchmarkForm(calibration.assessedPortfolios(), rubric);
        var mark = new Button(getTranslation("assessment.benchmark.submit"), event -> form.value().ifPresent(data -> {
            try {
                calibration.markBenchmark(data);
                form.clear();
                Toast.success(getTranslation("assessment.benchmark.done"));
                refresh();
            } catch (AssessmentRefusedException refused) {
                form.show(refused);
            }
        }));
        mark.setId("benchmark-submit");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("assessment.title.calibration")),
                new Paragraph(getTranslation("assessment.benchmark.intro")), grid,
                new H2(getTranslation("assessment.benchmark.heading")), form, mark);
        refresh();
    }

    private void refresh() {
        grid.setItems(calibration.benchmarks());
    }

    private String agreed(BigDecimal score) {
        return score == null ? "" : getTranslation("assessment.benchmark.agreed.value", score);
    }
}
