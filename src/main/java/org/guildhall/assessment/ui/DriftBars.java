package org.guildhall.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.guildhall.assessment.DomainDrift;
import org.guildhall.assessment.Rubric;
import org.guildhall.shell.Translated;

/**
 * An assessor's drift per competency domain, drawn on the server: for each domain a bar as long as the mean
 * absolute difference from the agreed scores (out of the rubric's 4 points), marked when beyond the threshold, and
 * beside it the same in words (the bar's text alternative): the mean signed difference and which way it leans.
 */
final class DriftBars extends Div {

    private static final double RANGE = Rubric.MAX_POINTS - Rubric.MIN_POINTS;

    DriftBars(List<DomainDrift> domains) {
        addClassName("gh-drift");
        for (var domain : domains) {
            String words = describe(this, domain);
            var fill = new Div();
            fill.addClassName("gh-drift-fill");
            fill.getStyle().setWidth(Math.min(100, Math.round(domain.meanAbsolute() / RANGE * 100)) + "%");
            var bar = new Div(fill);
            bar.addClassName("gh-drift-bar");
            bar.getElement().setAttribute("role", "img");
            bar.getElement().setAttribute("aria-label", words);
            var row = new Div(new Span(Translated.text(domain.domain())), bar, new Span(words));
            row.setId("drift-" + domain.domainCode());
            row.addClassName("gh-drift-row");
            if (domain.beyondThreshold()) {
                row.addClassName("gh-drift-beyond");
            }
            add(row);
        }
    }

    /** One domain's drift in words: how far off on average, which way, over how many benchmarks. */
    static String describe(Component reader, DomainDrift domain) {
        String leaning = reader.getTranslation(domain.meanSigned() > 0 ? "assessment.drift.lenient"
                : domain.meanSigned() < 0 ? "assessment.drift.severe" : "assessment.drift.even");
        String words = reader.getTranslation("assessment.drift.domain", domain.meanAbsolute(), domain.meanSigned(),
                leaning, domain.benchmarks());
        return domain.beyondThreshold() ? words + " " + reader.getTranslation("assessment.drift.beyond") : words;
    }
}
