package org.guildhall.membership.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.SubscriptionFeeData;
import org.guildhall.membership.domain.MembershipFee;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * The admin's new subscription for a category from a day on, bound to {@link SubscriptionFeeData} by one
 * {@link Binder}; the fee rules check every value and each problem shows on its field.
 */
final class SubscriptionFeeForm extends RecordForm<SubscriptionFeeData> {

    private static final int USUAL_TERM_MONTHS = 12;

    SubscriptionFeeForm(LocalDate today) {
        super(SubscriptionFeeData.class);
        var category = new ComboBox<MembershipCategory>(getTranslation("membership.year-view.category"));
        category.setId("fee-category");
        category.setItems(MembershipCategory.values());
        category.setItemLabelGenerator(choice -> getTranslation(choice.key()));
        var from = DateInputs.datePicker(getTranslation("membership.terms.from"));
        from.setId("fee-from");
        from.setMin(today);
        var annual = new BigDecimalField(getTranslation("membership.fees.annual"));
        annual.setId("fee-annual");
        var months = new IntegerField(getTranslation("membership.fees.term"));
        months.setId("fee-months");
        months.setMin(1);
        months.setMax(MembershipFee.MAX_TERM_MONTHS);
        var reinstatement = new BigDecimalField(getTranslation("membership.fees.reinstatement-fee"));
        reinstatement.setId("fee-reinstatement");

        binder.forField(category).bind(SubscriptionFeeData.CATEGORY);
        binder.forField(from).bind(SubscriptionFeeData.EFFECTIVE_FROM);
        binder.forField(annual).bind(SubscriptionFeeData.ANNUAL_FEE);
        binder.forField(months).bind(SubscriptionFeeData.TERM_MONTHS);
        binder.forField(reinstatement).bind(SubscriptionFeeData.REINSTATEMENT_FEE);
        binder.readRecord(new SubscriptionFeeData(null, today.plusDays(1), null, USUAL_TERM_MONTHS, null));

        getContent().add(category, from, annual, months, reinstatement);
    }
}
