package org.guildhall.assessment.ui;

import java.util.Comparator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.CalibrationService;
import org.guildhall.assessment.DriftSummary;
import org.guildhall.assessment.ReviewService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Translated;

/**
 * Every assessor's calibration drift this period (issue 20), flagged assessors first: per domain the mean signed
 * and mean absolute difference from the agreed scores; choosing an assessor shows their drift drawn domain by
 * domain with what it means.
 */
@Route("registrar/calibration/drift")
@PageTitle("assessment.title.drift")
@Menu(order = 47, icon = "vaadin:chart-3d", title = "assessment.menu.drift")
@RolesAllowed(Role.Names.REGISTRAR)
final class DriftView extends VerticalLayout {

    private final Div detail = new Div();

    DriftView(CalibrationService calibration, ReviewService reviews) {
        setId("drift");
        addClassName("gh-page");
        var everyone = calibration.everyonesDrift().stream()
                .sorted(Comparator.comparing(DriftSummary::flagged).reversed()
                        .thenComparing(DriftSummary::assessorName))
                .toList();
        var grid = new Grid<DriftSummary>();
        grid.setId("drift-grid");
        grid.addColumn(DriftSummary::assessorName).setHeader(getTranslation("assessment.drift.column.assessor"))
                .setAutoWidth(true);
        grid.addColumn(drift -> getTranslation(drift.flagged() ? "assessment.drift.flagged"
                : "assessment.drift.in-line")).setHeader(getTranslation("assessment.drift.column.flag"))
                .setAutoWidth(true);
        grid.addColumn(DriftSummary::benchmarksScored).setHeader(getTranslation("assessment.drift.column.scored"))
                .setAutoWidth(true);
        for (var domain : reviews.rubric().domains()) {
            grid.addColumn(drift -> drift.domains().stream().filter(d -> d.domainCode().equals(domain.code()))
                            .findFirst().map(d -> getTranslation("assessment.drift.cell", d.meanSigned(),
                                    d.meanAbsolute())).orElse(""))
                    .setTooltipGenerator(drift -> drift.domains().stream()
                            .filter(d -> d.domainCode().equals(domain.code())).findFirst()
                            .map(d -> DriftBars.describe(this, d)).orElse(""))
                    .setHeader(getTranslation("assessment.drift.column.domain", Translated.text(domain.text())))
                    .setAutoWidth(true);
        }
        grid.setPartNameGenerator(drift -> drift.flagged() ? "flagged" : null);
        grid.addClassName("gh-moderation-grid");
        grid.setItems(everyone);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selected -> show(selected.getFirstSelectedItem().orElse(null)));
        detail.setId("drift-detail");
        add(new H2(getTranslation("assessment.title.drift")), new Paragraph(getTranslation("assessment.drift.intro")));
        if (everyone.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.drift.none")));
        } else {
            add(grid, detail);
        }
    }

    private void show(DriftSummary drift) {
        detail.removeAll();
        if (drift == null) {
            return;
        }
        detail.add(new H2(drift.assessorName()), new Paragraph(getTranslation(drift.flagged()
                ? "assessment.drift.flagged.meaning" : "assessment.drift.in-line.meaning", drift.benchmarksScored())),
                new DriftBars(drift.domains()));
    }
}
