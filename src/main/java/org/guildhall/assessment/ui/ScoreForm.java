package org.guildhall.assessment.ui;

import java.time.Clock;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.guildhall.assessment.AssessmentChangedConcurrentlyException;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.ScoreData;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.shell.RecordForm;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The assessor's score: each domain's criteria 0 to 4 and a comment, then a recommendation, bound to
 * {@link ScoreData} by one {@link com.vaadin.flow.data.binder.Binder}. Every change is saved as a draft at once;
 * submitting checks completeness, shows each missing part on the part it concerns, and locks the score.
 */
final class ScoreForm extends RecordForm<ScoreData> {

    private final ReviewService reviews;
    private final long panelId;
    private final Clock clock;
    private final Runnable onSubmitted;
    private final AnswerParts<Long, Integer> points = new AnswerParts<>();
    private final AnswerParts<String, String> comments = new AnswerParts<>();
    private final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>();
    private final Span saved = new Span();
    private ScoreSheet sheet;

    ScoreForm(ReviewService reviews, long panelId, Clock clock, Runnable onSubmitted) {
        super(ScoreData.class);
        this.reviews = reviews;
        this.panelId = panelId;
        this.clock = clock;
        this.onSubmitted = onSubmitted;
        setId("score-form");
        addClassName("gh-score-form");
        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (var domain : reviews.rubric(panelId).domains()) {
            var section = new Div(new H4(Translated.text(domain.text())));
            section.addClassName("gh-domain");
            for (var criterion : domain.criteria()) {
                var group = points.part(criterion.id(), ScoreSheet.criterionField(criterion.id()),
                        new RadioButtonGroup<Integer>(criterionText(criterion)));
                group.setItems(IntStream.rangeClosed(Rubric.MIN_POINTS, Rubric.MAX_POINTS).boxed().toList());
                section.add(group);
            }
            var comment = comments.part(domain.code(), ScoreSheet.commentField(domain.code()),
                    new TextArea(getTranslation("assessment.score.comment.label", domain.text())));
            comment.setWidthFull();
            comment.setMaxLength(ScoreSheet.MAX_COMMENT);
            comment.setHelperText(getTranslation("assessment.score.comment.helper"));
            comment.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            section.add(comment);
            form.add(section);
        }
        recommendation.setLabel(getTranslation("assessment.score.recommendation.label"));
        recommendation.setId(ScoreSheet.RECOMMENDATION_FIELD);
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(choice -> choice == null ? "" : Translated.text(choice.text()));
        // A part marked as missing stays marked until it is answered.
        recommendation.addValueChangeListener(changed -> recommendation.setInvalid(false));

        binder.forField(points).bind(ScoreData.POINTS);
        binder.forField(comments).bind(ScoreData.COMMENTS);
        binder.forField(recommendation).bind(ScoreData.RECOMMENDATION);
        // Nothing here can be unreadable, and the autosave after each answer must not clear the other marks.
        binder.setValidationStatusHandler(status -> { });
        this.sheet = reviews.myScore(panelId);
        binder.readRecord(sheet.answers());
        binder.addValueChangeListener(changed -> {
            if (changed.isFromClient()) {
                save();
            }
        });

        saved.setId("score-saved");
        saved.addClassName("gh-meta");
        var submit = new Button(getTranslation("assessment.score.submit"), event -> submit());
        submit.setId("submit-score");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(recommendation, submit, saved);
        showState(submit);
    }

    private void showState(Button submit) {
        boolean locked = sheet.submitted();
        binder.setReadOnly(locked);
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

    private void save() {
        value().ifPresent(answers -> {
            try {
                sheet = reviews.saveDraft(panelId, sheet.with(answers));
                saved.setText(getTranslation("assessment.score.state.saved-at",
                        clock.instant().atZone(clock.getZone())));
            } catch (AssessmentChangedConcurrentlyException | AssessmentRefusedException refused) {
                Toast.error(refused);
                onSubmitted.run();
            }
        });
    }

    private void submit() {
        value().ifPresent(answers -> {
            try {
                sheet = reviews.submit(panelId, sheet.with(answers));
                Toast.success(getTranslation("assessment.score.submitted"));
                onSubmitted.run();
            } catch (AssessmentRefusedException incomplete) {
                show(incomplete);
            } catch (AssessmentChangedConcurrentlyException concurrent) {
                Toast.error(concurrent);
                onSubmitted.run();
            }
        });
    }

    /** A seeded criterion's words in the reader's language; a criterion added later as the registrar wrote it. */
    private String criterionText(Rubric.Criterion criterion) {
        String key = "assessment.criterion." + criterion.id();
        String translated = getTranslation(key);
        return translated.equals("!" + key + "!") ? criterion.text() : translated;
    }
}
