package org.guildhall.assessment.ui;

import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.guildhall.assessment.BenchmarkScoreData;
import org.guildhall.assessment.Rubric;
import org.guildhall.shell.RecordForm;
import org.guildhall.shell.Translated;

/**
 * An assessor's blind score of a benchmark, bound to {@link BenchmarkScoreData}: one whole 0 to 4 per competency
 * domain. A domain left unscored is refused on its own group, the others keep their answers.
 */
final class BenchmarkScoreForm extends RecordForm<BenchmarkScoreData> {

    BenchmarkScoreForm(Rubric rubric) {
        super(BenchmarkScoreData.class);
        setId("benchmark-score-form");
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var scores = new AnswerParts<String, Integer>();
        for (var domain : rubric.domains()) {
            var group = scores.part(domain.code(), BenchmarkScoreData.scoreField(domain.code()),
                    new RadioButtonGroup<Integer>(Translated.text(domain.text())));
            group.setItems(IntStream.rangeClosed(Rubric.MIN_POINTS, Rubric.MAX_POINTS).boxed().toList());
            getContent().add(group);
        }
        binder.forField(scores).bind(BenchmarkScoreData.SCORES);
        binder.readRecord(new BenchmarkScoreData(Map.of()));
    }
}
