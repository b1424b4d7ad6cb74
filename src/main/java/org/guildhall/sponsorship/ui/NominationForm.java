package org.guildhall.sponsorship.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;
import org.guildhall.sponsorship.NominationData;
import org.guildhall.sponsorship.domain.SponsorNominationPolicy;

/**
 * One sponsor nomination, bound to {@link NominationData} by one {@link Binder}: the member's number or email and
 * their surname. The rules are the domain's ({@link SponsorNominationPolicy}); each problem shows on its field.
 */
final class NominationForm extends Composite<FormLayout> {

    private final Binder<NominationData> binder = new Binder<>(NominationData.class);

    NominationForm() {
        var sponsor = new TextField(getTranslation("sponsorship.nominate.member.label"));
        sponsor.setId("sponsor");
        sponsor.setPlaceholder(getTranslation("sponsorship.nominate.member.placeholder"));
        sponsor.setMaxLength(SponsorNominationPolicy.MAX_MEMBER_NUMBER_OR_EMAIL);
        var surname = new TextField(getTranslation("sponsorship.nominate.surname.label"));
        surname.setId("sponsor-surname");
        surname.setMaxLength(SponsorNominationPolicy.MAX_SURNAME);

        binder.forField(sponsor).bind(NominationData.MEMBER_NUMBER_OR_EMAIL);
        binder.forField(surname).bind(NominationData.SURNAME);
        binder.readRecord(new NominationData(null, null));

        var form = getContent();
        form.add(sponsor, surname);
        form.setMaxWidth("48rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    /** The nomination as typed, or empty with what cannot be read shown on its field. */
    Optional<NominationData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }
}
