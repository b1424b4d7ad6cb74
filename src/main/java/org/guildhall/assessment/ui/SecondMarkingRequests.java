package org.guildhall.assessment.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.SecondMarkingService;
import org.guildhall.assessment.SecondMarkingSummary;
import org.guildhall.shell.Toast;

/**
 * The second markings the registrar asked of the signed-in assessor (issue 20): for each, the flagged assessor's
 * submitted score, and the confirmation with a note the panel's history keeps.
 */
final class SecondMarkingRequests extends Div {

    private final SecondMarkingService secondMarking;
    private final Supplier<Rubric> rubric;

    /** @param rubric read only when a request is shown: the queue is opened far more often than one is asked */
    SecondMarkingRequests(SecondMarkingService secondMarking, Supplier<Rubric> rubric) {
        this.secondMarking = secondMarking;
        this.rubric = rubric;
        setId("second-marking-requests");
        render(secondMarking.mine());
    }

    private void render(List<SecondMarkingSummary> requests) {
        removeAll();
        if (requests.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("assessment.second-marking.requests.heading")));
        var domains = rubric.get();
        for (var request : requests) {
            var card = new Div(new H3(getTranslation("assessment.second-marking.request",
                    request.flaggedAssessorName(), request.candidateName())));
            card.addClassName("gh-callout");
            var score = secondMarking.scoreToConfirm(request.panelId(), request.flaggedAssessorAccountId());
            if (score.isEmpty()) {
                card.add(new Paragraph(getTranslation("assessment.second-marking.score-first")));
            } else {
                card.add(new ScoreCard(request.flaggedAssessorName(), score.get(), domains));
                var confirm = new Button(getTranslation("assessment.second-marking.confirm"),
                        click -> ReasonDialog.ask(getTranslation("assessment.second-marking.confirm.heading",
                                request.flaggedAssessorName()), getTranslation("assessment.second-marking.note.label"),
                                note -> confirm(request, note)));
                confirm.setId("confirm-second-marking-" + request.panelId());
                card.add(confirm);
            }
            add(card);
        }
    }

    private void confirm(SecondMarkingSummary request, String note) {
        try {
            secondMarking.confirm(request.panelId(), request.flaggedAssessorAccountId(), note);
            Toast.success(getTranslation("assessment.second-marking.confirmed.done"));
        } catch (AssessmentRefusedException refused) {
            Toast.error(refused);
        }
        render(secondMarking.mine());
    }
}
