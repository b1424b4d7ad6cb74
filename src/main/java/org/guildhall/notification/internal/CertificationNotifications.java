package org.guildhall.notification.internal;

import org.guildhall.certification.CertificationAction;
import org.guildhall.certification.CertificationEvents.CertificationReissued;
import org.guildhall.certification.CertificationEvents.CertificationStandingChanged;
import org.guildhall.notification.domain.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What holders are told about their credentials (issue 17): a suspension, its lifting or a revocation, with the
 * registrar's reason, and a reissue in their new name.
 */
@Component
class CertificationNotifications {

    private static final String MY_CERTIFICATIONS = "certification/mine";

    private final Notifier notifier;

    CertificationNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CertificationStandingChanged changed) {
        String subject = switch (changed.action()) {
            case SUSPENDED -> "Your " + changed.designationCode() + " is suspended";
            case LIFTED -> "Your " + changed.designationCode() + " stands again";
            case REVOKED -> "Your " + changed.designationCode() + " is revoked";
            case REISSUED -> "Your " + changed.designationCode() + " was reissued";
        };
        String text = changed.action() == CertificationAction.LIFTED ? changed.explanation()
                : "The registrar's reason: " + changed.explanation() + " Until this changes, the designation may not "
                        + "be used, renewed or downloaded as valid; its public page and status list say so.";
        notifier.post(new Notice("CertificationStandingChanged:" + changed.historyEntryId(),
                notifier.recipient(changed.holderAccountId()), subject, text, MY_CERTIFICATIONS));
    }

    @ApplicationModuleListener
    void on(CertificationReissued reissued) {
        notifier.post(new Notice("CertificationReissued:" + reissued.certificationId() + ":" + reissued.issueNumber(),
                notifier.recipient(reissued.holderAccountId()), "Your " + reissued.designationCode()
                        + " is reissued in your new name",
                "The registrar approved your name change: your " + reissued.designationCode() + " now reads "
                        + reissued.holderName() + ", with the same verification code and dates. Download the new "
                        + "certificate and badge from My certifications.",
                MY_CERTIFICATIONS));
    }
}
