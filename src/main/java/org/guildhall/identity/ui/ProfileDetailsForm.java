package org.guildhall.identity.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.identity.domain.Account;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/**
 * A person's own details (name, contact, current employer and job title), bound to {@link ProfileDetails} by one
 * {@link Binder}; the account rules refuse each problem on its field.
 */
final class ProfileDetailsForm extends Composite<FormLayout> {

    private final Binder<ProfileDetails> binder = new Binder<>(ProfileDetails.class);

    ProfileDetailsForm(ProfileDetails current) {
        var fullName = new TextField(getTranslation("identity.field.full-name"));
        fullName.setId("profile-name");
        fullName.setMaxLength(Account.MAX_NAME_LENGTH);
        var phone = new TextField(getTranslation("identity.field.phone"));
        phone.setId("profile-phone");
        phone.setMaxLength(ProfileDetails.MAX_PHONE);
        var employer = new TextField(getTranslation("identity.field.employer"));
        employer.setId("profile-employer");
        employer.setMaxLength(ProfileDetails.MAX_EMPLOYMENT);
        employer.setHelperText(getTranslation("identity.field.employer.help"));
        var jobTitle = new TextField(getTranslation("identity.field.job-title"));
        jobTitle.setId("profile-job-title");
        jobTitle.setMaxLength(ProfileDetails.MAX_EMPLOYMENT);
        var postalAddress = new TextArea(getTranslation("identity.field.postal-address"));
        postalAddress.setId("profile-address");
        postalAddress.setMaxLength(ProfileDetails.MAX_ADDRESS);

        binder.forField(fullName).bind(ProfileDetails.FULL_NAME);
        binder.forField(phone).bind(ProfileDetails.PHONE);
        binder.forField(employer).bind(ProfileDetails.EMPLOYER);
        binder.forField(jobTitle).bind(ProfileDetails.JOB_TITLE);
        binder.forField(postalAddress).bind(ProfileDetails.POSTAL_ADDRESS);
        binder.readRecord(current);

        getContent().add(fullName, phone, employer, jobTitle, postalAddress);
    }

    /** The details as typed, or empty with what cannot be read shown on its field. */
    Optional<ProfileDetails> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }
}
