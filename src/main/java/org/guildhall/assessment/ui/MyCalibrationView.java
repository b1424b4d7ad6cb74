package org.guildhall.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.BenchmarkSummary;
import org.guildhall.assessment.CalibrationService;
import org.guildhall.identity.Role;

/**
 * The assessor's calibration (issue 20): the benchmarks still to score this period, blind (no agreed scores), and
 * their own drift per domain from the agreed scores, with whether it flags them and what that means.
 */
@Route("review/calibration")
@PageTitle("assessment.title.my-calibration")
@Menu(order = 51, icon = "vaadin:scale", title = "assessment.menu.my-calibration")
@RolesAllowed(Role.Names.ASSESSOR)
final class MyCalibrationView extends VerticalLayout {

    MyCalibrationView(CalibrationService calibration) {
        setId("my-calibration");
        addClassName("gh-page");
        var toScore = calibration.toScore();
        var grid = new Grid<BenchmarkSummary>();
        grid.setId("benchmarks-to-score");
        grid.addColumn(BenchmarkSummary::title).setHeader(getTranslation("assessment.benchmark.column.title"))
                .setFlexGrow(1);
        grid.addColumn(BenchmarkSummary::candidateName)
                .setHeader(getTranslation("assessment.benchmark.column.candidate")).setAutoWidth(true);
        grid.setItems(toScore);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(BenchmarkScoreView.class,
                click.getItem().id())));
        add(new H2(getTranslation("assessment.title.my-calibration")),
                new Paragraph(getTranslation("assessment.calibrate.intro")));
        add(toScore.isEmpty() ? new Paragraph(getTranslation("assessment.calibrate.none")) : grid);

        var mine = calibration.myDrift();
        add(new H2(getTranslation("assessment.calibrate.my-drift")));
        if (mine.benchmarksScored() == 0) {
            add(new Paragraph(getTranslation("assessment.calibrate.no-drift")));
            return;
        }
        var standing = new Paragraph(getTranslation(mine.flagged() ? "assessment.calibrate.flagged"
                : "assessment.calibrate.in-line", mine.benchmarksScored()));
        standing.setId("my-drift-standing");
        standing.addClassName(mine.flagged() ? "gh-error" : "gh-callout");
        var bars = new DriftBars(mine.domains());
        bars.setId("my-drift");
        add(standing, bars);
    }
}
