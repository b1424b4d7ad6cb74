package org.guildhall.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.CalibrationService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioSections;
import org.guildhall.shell.Toast;

/**
 * One benchmark as an assessor scores it blind (issue 20): the portfolio with its documents, and a whole 0 to 4 per
 * domain, given once a calibration period; then back to their calibration page, which shows their drift.
 */
@Route("review/calibration/benchmark")
@PageTitle("assessment.title.benchmark")
@RolesAllowed(Role.Names.ASSESSOR)
final class BenchmarkScoreView extends VerticalLayout implements HasUrlParameter<Long> {

    private final CalibrationService calibration;
    private final ReviewService reviews;

    BenchmarkScoreView(CalibrationService calibration, ReviewService reviews) {
        this.calibration = calibration;
        this.reviews = reviews;
        setId("benchmark-score");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long benchmarkId) {
        removeAll();
        try {
            render(benchmarkId);
        } catch (AssessmentRefusedException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(long benchmarkId) {
        var benchmark = calibration.benchmark(benchmarkId);
        var title = new H2(getTranslation("assessment.calibrate.benchmark.heading", benchmark.title(),
                benchmark.candidateName(), benchmark.designationCode()));
        title.setId("benchmark-heading");
        add(title, PortfolioSections.render(benchmark.content(), PortfolioSections.byId(benchmark.documents())),
                new H3(getTranslation("assessment.calibrate.score.heading")));
        if (benchmark.scoredThisPeriod()) {
            add(new Paragraph(getTranslation("assessment.calibration.already-scored")));
            return;
        }
        var form = new BenchmarkScoreForm(reviews.rubric());
        var submit = new Button(getTranslation("assessment.calibrate.score.submit"), click -> form.value()
                .ifPresent(score -> {
                    try {
                        calibration.score(benchmarkId, score);
                        Toast.success(getTranslation("assessment.calibrate.score.done"));
                        getUI().ifPresent(ui -> ui.navigate(MyCalibrationView.class));
                    } catch (AssessmentRefusedException refused) {
                        form.show(refused);
                    }
                }));
        submit.setId("benchmark-score-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("assessment.calibrate.score.intro")), form, submit);
    }
}
