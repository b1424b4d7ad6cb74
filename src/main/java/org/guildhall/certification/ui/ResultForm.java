package org.guildhall.certification.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.BookingSummary;
import org.guildhall.certification.ExamResultData;
import org.guildhall.shell.RecordForm;

/**
 * One candidate's result, bound to {@link ExamResultData} by one {@link Binder}; the pass mark starts at the
 * designation's own, and the booking's rules (each a percentage) show on the field they concern.
 */
final class ResultForm extends RecordForm<ExamResultData> {

    ResultForm(BookingSummary booking, int designationPassMark) {
        super(ExamResultData.class);
        var score = new IntegerField(getTranslation("certification.result.score.label"));
        score.setId("score-" + booking.id());
        score.setMin(0);
        score.setMax(100);
        var passMark = new IntegerField(getTranslation("certification.result.pass-mark.label"));
        passMark.setId("pass-mark-" + booking.id());
        passMark.setMin(1);
        passMark.setMax(100);

        binder.forField(score).asRequired(getTranslation("certification.result.score-needed"))
                .bind(ExamResultData.SCORE);
        binder.forField(passMark).asRequired(getTranslation("certification.result.pass-mark-needed"))
                .bind(ExamResultData.PASS_MARK);
        passMark.setValue(designationPassMark);

        var form = getContent();
        form.add(score, passMark);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
    }

}
