package org.guildhall.notification.internal;

import org.guildhall.certification.CertificationEvents.CertificationAwarded;
import org.guildhall.certification.CertificationEvents.CertificationLapsed;
import org.guildhall.certification.CertificationEvents.CertificationRenewed;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shell.Formats;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What holders are told when a designation is awarded, renewed into its next cycle, or lapses (issue 16). */
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
}
