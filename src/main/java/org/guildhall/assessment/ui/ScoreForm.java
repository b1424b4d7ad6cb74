package org.guildhall.assessment.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.guildhall.assessment.AssessmentChangedConcurrentlyException;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The assessor's score: each domain's criteria 0 to 4 and a comment, then a recommendation. Every change is saved
 * as a draft at once; submitting checks completeness and locks the score.
 */
final class ScoreForm extends Div {

    private final ReviewService reviews;
    private final long panelId;
    private final Clock clock;
    private final Runnable onSubmitted;
    private final Map<Long, RadioButtonGroup<Integer>> points = new HashMap<>();
    private final Map<String, TextArea> comments = new HashMap<>();
    private final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>("Overall recommendation");
    private final Span saved = new Span();
    private final Div problems = new Div();
    private ScoreSheet sheet;

    ScoreForm(ReviewService reviews, long panelId, Clock clock, Runnable onSubmitted) {
        this.reviews = reviews;
        this.panelId = panelId;
        this.clock = clock;
        this.onSubmitted = onSubmitted;
        setId("score-form");
        addClassName("gh-score-form");
        this.sheet = reviews.myScore(panelId);
        for (var domain : reviews.rubric().domains()) {
            var section = new Div(new H4(domain.name()));
            section.addClassName("gh-domain");
            for (var criterion : domain.criteria()) {
                var group = new RadioButtonGroup<Integer>(criterion.text());
                group.setId("criterion-" + criterion.id());
                group.setItems(0, 1, 2, 3, 4);
                group.setValue(sheet.points().get(criterion.id()));
                group.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        save();
                    }
                });
                points.put(criterion.id(), group);
                section.add(group);
            }
            var comment = new TextArea("Comment on " + domain.name());
            comment.setId("comment-" + domain.code());
            comment.setWidthFull();
            comment.setMaxLength(ScoreSheet.MAX_COMMENT);
            comment.setHelperText("Required: what in the portfolio supports these scores.");
            comment.setValue(sheet.comments().getOrDefault(domain.code(), ""));
            comment.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            comment.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    save();
                }
            });
            comments.put(domain.code(), comment);
            section.add(comment);
            add(section);
        }
        recommendation.setId("recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        recommendation.setValue(sheet.recommendation());
        recommendation.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save();
            }
        });
        saved.setId("score-saved");
        saved.addClassName("gh-meta");
        problems.setId("score-problems");
        problems.addClassName("gh-problems");
        var submit = new Button("Submit score", event -> submit());
        submit.setId("submit-score");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(recommendation, problems, submit, saved);
        showState(submit);
    }

    private void showState(Button submit) {
        boolean locked = sheet.submitted();
        points.values().forEach(group -> group.setReadOnly(locked));
        comments.values().forEach(area -> area.setReadOnly(locked));
        recommendation.setReadOnly(locked);
        submit.setVisible(!locked);
        if (locked) {
            saved.setText("Submitted " + Formats.dateTime(sheet.submittedAt(), clock.getZone())
                    + ". Your score is locked; the chair can reopen it.");
        } else if (sheet.version() >= 0) {
            saved.setText("Draft saved. Changes are saved as you make them.");
        } else {
            saved.setText("Changes are saved as you make them.");
        }
    }

    private ScoreSheet answers() {
        Map<Long, Integer> chosen = new HashMap<>();
        points.forEach((criterion, group) -> {
            if (group.getValue() != null) {
                chosen.put(criterion, group.getValue());
            }
        });
        Map<String, String> written = new HashMap<>();
        comments.forEach((domain, area) -> written.put(domain, area.getValue()));
        return sheet.with(chosen, written, recommendation.getValue());
    }

    private void save() {
        try {
            sheet = reviews.saveDraft(panelId, answers());
            saved.setText("Draft saved at " + Formats.dateTime(clock.instant(), clock.getZone()) + ".");
        } catch (AssessmentChangedConcurrentlyException | AssessmentRefusedException refused) {
            Toast.error(refused);
            onSubmitted.run();
        }
    }

    private void submit() {
        problems.removeAll();
        try {
            sheet = reviews.submit(panelId, answers());
            Toast.success("Score submitted. You can now see the other assessors' scores.");
            onSubmitted.run();
        } catch (AssessmentRefusedException incomplete) {
            problems.add(new Paragraph(incomplete.getMessage()));
        } catch (AssessmentChangedConcurrentlyException concurrent) {
            Toast.error(concurrent);
            onSubmitted.run();
        }
    }
}
