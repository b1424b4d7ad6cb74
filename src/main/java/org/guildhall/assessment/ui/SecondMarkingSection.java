package org.guildhall.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.MarkerOption;
import org.guildhall.assessment.SecondMarkingService;
import org.guildhall.assessment.SecondMarkingSummary;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The seats of a panel held by an assessor whom calibration flags (issue 20): the decision waits for a second
 * marker to confirm each one's score. Each seat says where its second marking stands; the registrar picks a marker
 * from the assessors, each shown with why they may not second-mark here, if they may not.
 */
final class SecondMarkingSection extends Div {

    SecondMarkingSection(SecondMarkingService secondMarking, long panelId, List<SecondMarkingSummary> seats,
            boolean readerIsRegistrar, Runnable refresh) {
        setId("second-marking");
        addClassName("gh-callout");
        add(new H3(getTranslation("assessment.second-marking.heading")));
        for (var seat : seats) {
            var status = new Paragraph(seat.confirmed()
                    ? getTranslation("assessment.second-marking.confirmed", seat.flaggedAssessorName(),
                            seat.markerName(), seat.note())
                    : seat.markerName() != null
                            ? getTranslation("assessment.second-marking.assigned", seat.flaggedAssessorName(),
                                    seat.markerName())
                            : getTranslation("assessment.second-marking.needed", seat.flaggedAssessorName()));
            status.setId("second-marking-" + seat.flaggedAssessorAccountId());
            add(status);
            if (readerIsRegistrar && seat.markerName() == null) {
                add(assignment(secondMarking, panelId, seat, refresh));
            }
        }
    }

    private Div assignment(SecondMarkingService secondMarking, long panelId, SecondMarkingSummary seat,
            Runnable refresh) {
        var marker = new ComboBox<MarkerOption>(getTranslation("assessment.second-marking.marker.label"));
        marker.setId("second-marker-" + seat.flaggedAssessorAccountId());
        marker.setWidth("28rem");
        // Looked up as the registrar types; each option says why it is excluded, so nobody wonders where they went.
        marker.setItems(query -> secondMarking.markerOptions(panelId, query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        marker.setItemLabelGenerator(option -> {
            var exclusion = option.exclusion();
            return exclusion == null ? option.name() : getTranslation("assessment.second-marking.option.excluded",
                    Translated.text(exclusion));
        });
        marker.addValueChangeListener(changed -> marker.setInvalid(false));
        var assign = new Button(getTranslation("assessment.second-marking.assign"), click -> {
            var chosen = marker.getValue();
            if (chosen == null) {
                marker.setErrorMessage(getTranslation("assessment.second-marking.marker.needed"));
                marker.setInvalid(true);
                return;
            }
            try {
                secondMarking.assign(panelId, seat.flaggedAssessorAccountId(), chosen.accountId());
                Toast.success(getTranslation("assessment.second-marking.assigned.done", chosen.name()));
                refresh.run();
            } catch (AssessmentRefusedException refused) {
                marker.setErrorMessage(Translated.text(refused.reason()));
                marker.setInvalid(true);
            }
        });
        assign.setId("assign-second-marker-" + seat.flaggedAssessorAccountId());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new Div(marker, assign);
        row.addClassName("gh-second-marker-pick");
        return row;
    }
}
