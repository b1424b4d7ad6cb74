package org.guildhall.assessment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.assessment.AssessmentChangedConcurrentlyException;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.DecisionData;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.Moderation;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelDetail;
import org.guildhall.assessment.PanelStatus;
import org.guildhall.assessment.Rubric;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * Moderation and the decision: the scores side by side with each domain's spread and disagreements flagged, then
 * (for the chair) an interview or the panel's decision; once decided, what was decided and the letter sent.
 */
final class DecisionSection extends Div {

    private final PanelChairService chair;
    private final PanelDetail panel;
    private final Runnable refresh;
    private final Rubric rubric;
    private final Clock clock;

    DecisionSection(PanelChairService chair, PanelDetail panel, Rubric rubric, Clock clock, Runnable refresh) {
        this.chair = chair;
        this.panel = panel;
        this.rubric = rubric;
        this.refresh = refresh;
        this.clock = clock;
        setId("decision-section");
        if (panel.decision() != null) {
            var decision = panel.decision();
            add(new H3(getTranslation("assessment.decided.heading", decision.outcome().text())),
                    new Paragraph(getTranslation("assessment.decided.at",
                            decision.decidedAt().atZone(clock.getZone()))),
                    new Paragraph(getTranslation("assessment.decided.rationale", decision.rationale())),
                    new Paragraph(getTranslation("assessment.decided.message", decision.messageToCandidate())));
            if (!decision.domains().isEmpty()) {
                add(domainOutcomes(decision.domains()));
            }
            if (decision.letterDocumentId() != null) {
                var letter = new Anchor("documents/" + decision.letterDocumentId() + "?view=true",
                        getTranslation("assessment.decided.letter"));
                letter.setTarget("_blank");
                add(letter);
            }
            return;
        }
        if (!panel.allScoresIn() || panel.awaitsReplacement()) {
            add(new Paragraph(getTranslation("assessment.moderation.waiting")));
            return;
        }
        add(moderation(chair.moderation(panel.panelId())));
        if (panel.interview() != null) {
            add(interview(panel.interview()));
        } else if (panel.status() == PanelStatus.SCORING) {
            add(interviewForm());
        }
        if (panel.readerChairs() && !(panel.interview() != null && panel.interview().outcome() == null)) {
            add(decisionForm());
        }
    }

    private UnorderedList domainOutcomes(List<DomainVerdict> verdicts) {
        var list = new UnorderedList();
        list.setId("decided-domains");
        for (var verdict : verdicts) {
            list.add(new ListItem(getTranslation(verdict.feedback().isBlank() ? "assessment.decided.domain"
                            : "assessment.decided.domain.feedback", Rubric.textOf(verdict.domainCode()),
                    Objects.requireNonNull(verdict.result()).text(),
                    verdict.feedback())));
        }
        return list;
    }

    private Div moderation(Moderation moderation) {
        var grid = new Grid<Moderation.DomainRow>();
        grid.setId("moderation");
        grid.addColumn(row -> Translated.text(row.domain())).setHeader(getTranslation("assessment.moderation.domain"))
                .setAutoWidth(true);
        for (int i = 0; i < moderation.assessors().size(); i++) {
            int column = i;
            grid.addColumn(row -> getTranslation("assessment.moderation.mean", row.means().get(column)))
                    .setHeader(getTranslation("assessment.moderation.assessor", moderation.assessors().get(i),
                            recommendation(moderation, i)))
                    .setAutoWidth(true);
        }
        grid.addColumn(row -> getTranslation(row.flagged() ? "assessment.moderation.spread.flagged"
                        : "assessment.moderation.spread", row.spread()))
                .setHeader(getTranslation("assessment.moderation.spread.header")).setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.flagged() ? "flagged" : null);
        grid.setItems(moderation.domains());
        grid.setAllRowsVisible(true);
        grid.addClassName("gh-moderation-grid");
        var box = new Div(new H3(getTranslation("assessment.moderation.heading")),
                new Paragraph(getTranslation("assessment.moderation.intro", moderation.threshold())), grid);
        box.addClassName("gh-moderation");
        return box;
    }

    private String recommendation(Moderation moderation, int index) {
        var recommendation = moderation.recommendations().get(index);
        return recommendation == null ? getTranslation("assessment.moderation.no-recommendation")
                : Translated.text(recommendation.text());
    }

    private Div interview(PanelDetail.Interview interview) {
        var box = new Div(new H3(getTranslation("assessment.interview.heading")),
                new Paragraph(getTranslation("assessment.interview.when", interview.at().toLocalDate(),
                        interview.at().toLocalTime().toString(), interview.place())));
        box.setId("interview");
        if (interview.outcome() == null && panel.me() != null) {
            var file = new Anchor("calendar/files/" + PanelDetail.INTERVIEW_CALENDAR_KIND + "/" + panel.panelId()
                    + "?lang=" + getLocale().toLanguageTag(), getTranslation("assessment.calendar.add"));
            file.setRouterIgnore(true);
            file.setId("interview-calendar");
            box.add(file);
        }
        if (interview.outcome() != null) {
            box.add(new Paragraph(getTranslation("assessment.interview.outcome", interview.outcome())));
        } else if (panel.readerChairs()) {
            var outcome = new TextArea(getTranslation("assessment.interview.outcome.label"));
            outcome.setId("interview-outcome");
            outcome.setWidthFull();
            var record = new Button(getTranslation("assessment.interview.outcome.record"),
                    e -> act(() -> chair.recordInterviewOutcome(panel.panelId(), panel.version(),
                            outcome.getValue())));
            record.setId("record-interview-outcome");
            box.add(outcome, record);
        }
        return box;
    }

    private Div interviewForm() {
        var when = DateInputs.dateTimePicker(getTranslation("assessment.interview.at.label"));
        when.setId("interview-at");
        var today = LocalDate.now(clock);
        when.setMin(today.plusDays(1).atStartOfDay());
        when.setValue(today.plusDays(14).atTime(LocalTime.of(10, 0)));
        var place = new TextField(getTranslation("assessment.interview.place.label"));
        place.setId("interview-place");
        place.setWidthFull();
        var schedule = new Button(getTranslation("assessment.interview.schedule"), e -> {
            if (when.getValue() == null) {
                when.setErrorMessage(getTranslation("assessment.interview.at.needed"));
                when.setInvalid(true);
                return;
            }
            act(() -> chair.scheduleInterview(panel.panelId(), panel.version(), when.getValue(),
                    place.getValue()));
        });
        schedule.setId("schedule-interview");
        var box = new Div(new H3(getTranslation("assessment.interview.heading")),
                new Paragraph(getTranslation("assessment.interview.intro")), when, place, schedule);
        box.addClassName("gh-entry");
        return box;
    }

    private Div decisionForm() {
        var form = new DecisionForm(rubric);
        var record = new Button(getTranslation("assessment.decision.record"),
                e -> form.value().ifPresent(decision -> confirm(form, decision)));
        record.setId("record-decision");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new Div(new H3(getTranslation("assessment.decision.heading")), form, record);
        box.addClassName("gh-entry");
        return box;
    }

    /** Asks before anything is sent; a refusal of what was entered shows on the form, which keeps what was typed. */
    private void confirm(DecisionForm form, DecisionData decision) {
        var outcome = Objects.requireNonNull(decision.outcome(), "the form requires an outcome");
        var dialog = new Dialog(getTranslation("assessment.decision.confirm.heading", outcome.text()));
        dialog.add(new Paragraph(getTranslation("assessment.decision.confirm." + outcome.name().toLowerCase())));
        var yes = new Button(getTranslation("assessment.decision.confirm.yes"), e -> {
            dialog.close();
            try {
                chair.decide(panel.panelId(), panel.version(), decision);
                Toast.success(getTranslation("assessment.recorded"));
            } catch (AssessmentRefusedException refused) {
                // On its fields, or as a toast when it refuses the step (a second marking still pending): either
                // way the form keeps what was typed for when the step is allowed.
                form.show(refused);
                return;
            } catch (AssessmentChangedConcurrentlyException concurrent) {
                Toast.error(concurrent);
            }
            refresh.run();
        });
        yes.setId("confirm-decision");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("assessment.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }

    private void act(Runnable step) {
        try {
            step.run();
            Toast.success(getTranslation("assessment.recorded"));
        } catch (AssessmentRefusedException | AssessmentChangedConcurrentlyException refused) {
            Toast.error(refused);
        }
        refresh.run();
    }
}
