package org.guildhall.assessment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.assessment.AssessmentChangedConcurrentlyException;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.Moderation;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelDetail;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.PanelStatus;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.guildhall.shell.DateInputs;

/**
 * Moderation and the decision: the scores side by side with each domain's spread and disagreements flagged, then
 * (for the chair) an interview or the panel's decision; once decided, what was decided and the letter sent.
 */
final class DecisionSection extends Div {

    private final PanelChairService chair;
    private final PanelDetail panel;
    private final Runnable refresh;
    private final Clock clock;

    DecisionSection(PanelChairService chair, PanelDetail panel, Clock clock, Runnable refresh) {
        this.chair = chair;
        this.panel = panel;
        this.refresh = refresh;
        this.clock = clock;
        setId("decision-section");
        if (panel.decision() != null) {
            var decision = panel.decision();
            add(new H3("Decided: " + decision.outcome().label()),
                    new Paragraph("Recorded " + Formats.dateTime(decision.decidedAt(), clock.getZone()) + "."),
                    new Paragraph("Rationale: " + decision.rationale()),
                    new Paragraph("To the candidate: " + decision.messageToCandidate()));
            if (decision.letterDocumentId() != null) {
                var letter = new Anchor("documents/" + decision.letterDocumentId() + "?view=true",
                        "The decision letter sent to the candidate");
                letter.setTarget("_blank");
                add(letter);
            }
            return;
        }
        if (!panel.allScoresIn() || panel.awaitsReplacement()) {
            add(new Paragraph("Moderation opens when every assessor on the panel has submitted a score."));
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

    private Div moderation(Moderation moderation) {
        var grid = new Grid<Moderation.DomainRow>();
        grid.setId("moderation");
        grid.addColumn(Moderation.DomainRow::domainName).setHeader("Domain").setAutoWidth(true);
        for (int i = 0; i < moderation.assessors().size(); i++) {
            int column = i;
            grid.addColumn(row -> String.format("%.2f", row.means().get(column)))
                    .setHeader(moderation.assessors().get(i) + " (" + label(moderation, i) + ")").setAutoWidth(true);
        }
        grid.addColumn(row -> String.format("%.2f", row.spread()) + (row.flagged() ? " \u2014 disagreement" : ""))
                .setHeader("Spread").setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.flagged() ? "flagged" : null);
        grid.setItems(moderation.domains());
        grid.setAllRowsVisible(true);
        grid.addClassName("gh-moderation-grid");
        var box = new Div(new H3("Scores side by side"), new Paragraph("Each assessor's mean per domain (0 to 4), "
                + "with their recommendation. A spread of " + moderation.threshold() + " or more is flagged: "
                + "discuss it before deciding."), grid);
        box.addClassName("gh-moderation");
        return box;
    }

    private static String label(Moderation moderation, int index) {
        var recommendation = moderation.recommendations().get(index);
        return recommendation == null ? "no recommendation" : recommendation.label().toLowerCase();
    }

    private Div interview(PanelDetail.Interview interview) {
        var box = new Div(new H3("Interview"), new Paragraph(Formats.date(interview.at().toLocalDate()) + " at "
                + interview.at().toLocalTime() + " \u00b7 " + interview.place()));
        box.setId("interview");
        if (interview.outcome() != null) {
            box.add(new Paragraph("Outcome: " + interview.outcome()));
        } else if (panel.readerChairs()) {
            var outcome = new TextArea("What the interview showed");
            outcome.setId("interview-outcome");
            outcome.setWidthFull();
            var record = new Button("Record the outcome", e -> act(() -> chair.recordInterviewOutcome(
                    panel.panelId(), panel.version(), outcome.getValue())));
            record.setId("record-interview-outcome");
            box.add(outcome, record);
        }
        return box;
    }

    private Div interviewForm() {
        var when = DateInputs.dateTimePicker("When");
        when.setId("interview-at");
        var today = LocalDate.now(clock);
        when.setMin(today.plusDays(1).atStartOfDay());
        when.setValue(today.plusDays(14).atTime(LocalTime.of(10, 0)));
        var place = new TextField("Place or video link");
        place.setId("interview-place");
        place.setWidthFull();
        var schedule = new Button("Schedule a panel interview", e -> {
            if (when.getValue() == null) {
                when.setErrorMessage("Choose the date and time.");
                when.setInvalid(true);
                return;
            }
            act(() -> chair.scheduleInterview(panel.panelId(), panel.version(), when.getValue(),
                    place.getValue()));
        });
        schedule.setId("schedule-interview");
        var box = new Div(new H3("Interview"), new Paragraph("If the panel wants to meet the candidate first, "
                + "schedule an interview; the candidate is emailed the date and place."), when, place, schedule);
        box.addClassName("gh-entry");
        return box;
    }

    private Div decisionForm() {
        var outcome = new RadioButtonGroup<PanelOutcome>("The panel's decision");
        outcome.setId("decision-outcome");
        outcome.setItems(PanelOutcome.values());
        outcome.setItemLabelGenerator(choice -> choice == null ? "" : switch (choice) {
            case AWARD -> "Award the designation";
            case RESUBMIT -> "Ask for a resubmission";
            case DECLINE -> "Decline";
        });
        var rationale = new TextArea("Rationale (for the record; the candidate does not see it)");
        rationale.setId("decision-rationale");
        rationale.setWidthFull();
        rationale.setMaxLength(4000);
        var message = new TextArea("To the candidate: a note, the guidance for resubmission, or the reasons");
        message.setId("decision-message");
        message.setWidthFull();
        message.setMaxLength(2500);
        message.setHelperText("Quoted in the decision letter. Name no assessor and give no scores.");
        var record = new Button("Record the decision", e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage("Choose the decision.");
                outcome.setInvalid(true);
                return;
            }
            confirm(outcome.getValue(), rationale.getValue(), message.getValue());
        });
        record.setId("record-decision");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new Div(new H3("Decision"), outcome, rationale, message, record);
        box.addClassName("gh-entry");
        return box;
    }

    private void confirm(PanelOutcome outcome, String rationale, String message) {
        var dialog = new Dialog("Record: " + outcome.label() + "?");
        dialog.add(new Paragraph(switch (outcome) {
            case AWARD -> "The candidate is certified today and receives the decision letter.";
            case RESUBMIT -> "The portfolio reopens for the candidate with your guidance.";
            case DECLINE -> "The portfolio closes; the candidate receives your reasons.";
        }));
        var yes = new Button("Record and send the letter", e -> {
            dialog.close();
            act(() -> chair.decide(panel.panelId(), panel.version(), outcome, rationale, message));
        });
        yes.setId("confirm-decision");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), yes);
        dialog.open();
    }

    private void act(Runnable step) {
        try {
            step.run();
            Toast.success("Recorded.");
        } catch (AssessmentRefusedException | AssessmentChangedConcurrentlyException refused) {
            Toast.error(refused);
        }
        refresh.run();
    }
}
