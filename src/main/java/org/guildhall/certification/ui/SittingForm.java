package org.guildhall.certification.ui;

import java.time.LocalDate;
import java.time.LocalTime;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.SittingData;
import org.guildhall.certification.domain.ExamSitting;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * An exam sitting to schedule, bound to {@link SittingData} by one {@link Binder}; the sitting's rules (in the
 * future, a venue or a link, the seats) are the domain's, and each problem it finds shows on its field.
 */
final class SittingForm extends RecordForm<SittingData> {

    private static final LocalTime USUAL_START = LocalTime.of(9, 30);
    private static final int USUAL_SEATS = 20;
    private static final int USUAL_LENGTH_MINUTES = 180;

    SittingForm(LocalDate today) {
        super(SittingData.class);
        var date = DateInputs.datePicker(getTranslation("certification.sitting.date.label"));
        date.setId("sitting-date");
        date.setMin(today);
        var time = new TimePicker(getTranslation("certification.sitting.time.label"));
        time.setId("sitting-time");
        time.setLocale(getLocale());
        var venue = new TextField(getTranslation("certification.sitting.venue.label"));
        venue.setId("sitting-venue");
        venue.setMaxLength(ExamSitting.MAX_VENUE);
        venue.setHelperText(getTranslation("certification.sitting.venue.helper"));
        var link = new TextField(getTranslation("certification.sitting.link.label"));
        link.setId("sitting-link");
        link.setMaxLength(ExamSitting.MAX_ONLINE_LINK);
        link.setHelperText(getTranslation("certification.sitting.link.helper"));
        var capacity = new IntegerField(getTranslation("certification.sitting.capacity.label"));
        capacity.setId("sitting-capacity");
        capacity.setMin(1);
        capacity.setMax(ExamSitting.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        var length = new IntegerField(getTranslation("certification.sitting.length.label"));
        length.setId("sitting-length");
        length.setMin(ExamSitting.MIN_LENGTH_MINUTES);
        length.setMax(ExamSitting.MAX_LENGTH_MINUTES);
        length.setStepButtonsVisible(true);
        length.setHelperText(getTranslation("certification.sitting.length.helper"));

        binder.forField(date).asRequired(getTranslation("certification.sitting.date-needed")).bind(SittingData.DATE);
        binder.forField(time).asRequired(getTranslation("certification.sitting.time-needed"))
                .bind(SittingData.STARTS_AT);
        binder.forField(venue).bind(SittingData.VENUE);
        binder.forField(link).bind(SittingData.ONLINE_LINK);
        binder.forField(capacity).asRequired(getTranslation("certification.sitting.capacity-needed"))
                .bind(SittingData.CAPACITY);
        binder.forField(length).asRequired(getTranslation("certification.sitting.length-needed"))
                .bind(SittingData.LENGTH_MINUTES);
        clear();

        var form = getContent();
        form.add(date, time, venue, link, capacity, length);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
    }

    /** Empty fields for the next sitting; most start at half past nine with twenty seats and last three hours. */
    void clear() {
        binder.readRecord(new SittingData(null, USUAL_START, "", "", USUAL_SEATS, USUAL_LENGTH_MINUTES));
    }
}
