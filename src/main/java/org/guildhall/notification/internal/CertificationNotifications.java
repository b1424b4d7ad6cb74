package org.guildhall.notification.internal;

import org.guildhall.certification.CertificationAction;
import org.guildhall.certification.CertificationEvents.CertificationAwarded;
import org.guildhall.certification.CertificationEvents.CertificationLapsed;
import org.guildhall.certification.CertificationEvents.CertificationReissued;
import org.guildhall.certification.CertificationEvents.CertificationRenewed;
import org.guildhall.certification.CertificationEvents.CertificationStandingChanged;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.notification.domain.Notice;
import org.guildhall.shell.Formats;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What holders are told about their designations: awarded, renewed into its next cycle, or lapsed (issue 16); a
 * suspension, its lifting or a revocation with the registrar's reason, and a reissue in their new name (issue 17).
 */
@Component
class CertificationNotifications {

    static final String MY_CERTIFICATIONS = "certification/mine";

    private final Notifier notifier;

    CertificationNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CertificationAwarded awarded) {
        notifier.post(awarded(awarded, notifier.recipient(awarded.holderAccountId())));
    }

    @ApplicationModuleListener
    void on(CertificationRenewed renewed) {
        notifier.post(renewed(renewed, notifier.recipient(renewed.holderAccountId())));
    }

    @ApplicationModuleListener
    void on(CertificationLapsed lapsed) {
        notifier.post(lapsed(lapsed, notifier.recipient(lapsed.holderAccountId())));
    }

    static Notice awarded(CertificationAwarded awarded, Recipient holder) {
        return new Notice("CertificationAwarded:" + awarded.certificationId(), holder,
                "Congratulations: you are awarded " + awarded.designationCode(),
                "You are awarded the " + awarded.designationCode() + " designation through the "
                        + awarded.route().label() + ", from " + Formats.date(awarded.awardedOn()) + " until "
                        + Formats.date(awarded.expiresOn().minusDays(1)) + ". Your certificate is under My certifications; keep "
                        + "the designation with CPD over its three-year cycle.", MY_CERTIFICATIONS);
    }

    static Notice renewed(CertificationRenewed renewed, Recipient holder) {
        return new Notice("CertificationRenewed:" + renewed.certificationId() + ":" + renewed.newCycle().startsOn(),
                holder, "Your " + renewed.designationCode() + " is renewed",
                "Your " + renewed.designationCode() + " is renewed for a new cycle, valid until "
                        + Formats.date(renewed.newCycle().lastValidDay()) + ".", MY_CERTIFICATIONS);
    }

    static Notice lapsed(CertificationLapsed lapsed, Recipient holder) {
        return new Notice("CertificationLapsed:" + lapsed.certificationId(), holder,
                "Your " + lapsed.designationCode() + " has lapsed",
                "Your " + lapsed.designationCode() + " expired on " + Formats.date(lapsed.expiredOn())
                        + " without renewal and has lapsed. You may re-apply for it under My certifications.",
                MY_CERTIFICATIONS);
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
