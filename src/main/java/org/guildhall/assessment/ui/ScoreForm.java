package org.guildhall.assessment.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasValidation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.guildhall.assessment.AssessmentChangedConcurrentlyException;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.shell.Translated;
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
    private final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>();
    private final Span saved = new Span();
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
            var section = new Div(new H4(Translated.text(domain.text())));
            section.addClassName("gh-domain");
            for (var criterion : domain.criteria()) {
                var group = new RadioButtonGroup<Integer>(criterionText(criterion));
                group.setId(ScoreSheet.criterionField(criterion.id()));
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
            var comment = new TextArea(getTranslation("assessment.score.comment.label", domain.text()));
            comment.setId(ScoreSheet.commentField(domain.code()));
            comment.setWidthFull();
            comment.setMaxLength(ScoreSheet.MAX_COMMENT);
            comment.setHelperText(getTranslation("assessment.score.comment.helper"));
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
        recommendation.setLabel(getTranslation("assessment.score.recommendation.label"));
        recommendation.setId(ScoreSheet.RECOMMENDATION_FIELD);
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(choice -> choice == null ? "" : Translated.text(choice.text()));
        recommendation.setValue(sheet.recommendation());
        recommendation.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save();
            }
        });
        saved.setId("score-saved");
        saved.addClassName("gh-meta");
        var submit = new Button(getTranslation("assessment.score.submit"), event -> submit());
        submit.setId("submit-score");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(recommendation, submit, saved);
        // A part marked as missing stays marked until it is answered.
        fields().forEach(field -> field.addValueChangeListener(changed -> ((HasValidation) field).setInvalid(false)));
        showState(submit);
    }

    private void showState(Button submit) {
        boolean locked = sheet.submitted();
        points.values().forEach(group -> group.setReadOnly(locked));
        comments.values().forEach(area -> area.setReadOnly(locked));
        recommendation.setReadOnly(locked);
        submit.setVisible(!locked);
        if (locked) {
            saved.setText(getTranslation("assessment.score.state.submitted",
                    sheet.submittedAt().atZone(clock.getZone())));
        } else if (sheet.version() >= 0) {
            saved.setText(getTranslation("assessment.score.state.draft"));
        } else {
            saved.setText(getTranslation("assessment.score.state.new"));
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
            saved.setText(getTranslation("assessment.score.state.saved-at", clock.instant().atZone(clock.getZone())));
        } catch (AssessmentChangedConcurrentlyException | AssessmentRefusedException refused) {
            Toast.error(refused);
            onSubmitted.run();
        }
    }

    private void submit() {
        try {
            sheet = reviews.submit(panelId, answers());
            Toast.success(getTranslation("assessment.score.submitted"));
            onSubmitted.run();
        } catch (AssessmentRefusedException incomplete) {
            showOnFields(incomplete);
        } catch (AssessmentChangedConcurrentlyException concurrent) {
            Toast.error(concurrent);
            onSubmitted.run();
        }
    }

    /** Each thing still missing on the part of the sheet it concerns, all at once, and the first of them focused. */
    private void showOnFields(AssessmentRefusedException refused) {
        if (refused.fieldProblems().isEmpty()) {
            Toast.error(refused);
            return;
        }
        boolean focused = false;
        for (var problem : refused.fieldProblems()) {
            var field = fields().filter(part -> problem.field().equals(part.getId().orElse(null))).findFirst();
            if (field.isEmpty()) {
                continue;
            }
            var validated = (HasValidation) field.get();
            validated.setErrorMessage(Translated.text(problem.text()));
            validated.setInvalid(true);
            if (!focused) {
                // A radio group is not Focusable in Java, but its element takes the focus like any field.
                field.get().getElement().callJsFunction("focus");
                focused = true;
            }
        }
    }

    private Stream<AbstractSinglePropertyField<?, ?>> fields() {
        return Stream.concat(Stream.concat(points.values().stream(), comments.values().stream()),
                Stream.of(recommendation));
    }

    /** A seeded criterion's words in the reader's language; a criterion added later as the registrar wrote it. */
    private String criterionText(Rubric.Criterion criterion) {
        String key = "assessment.criterion." + criterion.id();
        String translated = getTranslation(key);
        return translated.equals("!" + key + "!") ? criterion.text() : translated;
    }
}
