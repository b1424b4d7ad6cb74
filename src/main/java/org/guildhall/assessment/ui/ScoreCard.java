package org.guildhall.assessment.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.ScoreSheet;

/** A submitted score as others read it: who recommends what, then each domain's criterion points and comment. */
final class ScoreCard extends Div {

    ScoreCard(String assessorName, ScoreSheet sheet, Rubric rubric) {
        addClassName("gh-entry");
        var recommendation = sheet.recommendation();
        add(new H3(recommendation == null ? assessorName
                : getTranslation("assessment.scores.recommends", assessorName, recommendation.text())));
        for (var domain : rubric.domains()) {
            String scores = domain.criteria().stream().map(c -> String.valueOf(sheet.points().get(c.id())))
                    .collect(Collectors.joining(" \u00b7 "));
            add(new Paragraph(getTranslation("assessment.scores.domain", domain.text(), scores,
                    sheet.comments().getOrDefault(domain.code(), ""))));
        }
    }
}
