package org.guildhall.notification.internal;

import java.util.Locale;

import org.guildhall.certification.CertificationAction;
import org.guildhall.certification.CertificationEvents.CertificationAwarded;
import org.guildhall.certification.CertificationEvents.CertificationLapsed;
import org.guildhall.certification.CertificationEvents.CertificationReissued;
import org.guildhall.certification.CertificationEvents.CertificationRenewed;
import org.guildhall.certification.CertificationEvents.CertificationStandingChanged;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.notification.domain.Notice;
import org.guildhall.shared.Text;
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
                Text.of("notification.certification.awarded.subject", awarded.designationCode()),
                Text.of("notification.certification.awarded.text", awarded.designationCode(),
                        Text.of("notification.route." + awarded.route().name().toLowerCase(Locale.ROOT)),
                        awarded.awardedOn(), awarded.expiresOn().minusDays(1)), MY_CERTIFICATIONS);
    }

    static Notice renewed(CertificationRenewed renewed, Recipient holder) {
        return new Notice("CertificationRenewed:" + renewed.certificationId() + ":" + renewed.newCycle().startsOn(),
                holder, Text.of("notification.certification.renewed.subject", renewed.designationCode()),
                Text.of("notification.certification.renewed.text", renewed.designationCode(),
                        renewed.newCycle().lastValidDay()), MY_CERTIFICATIONS);
    }

    static Notice lapsed(CertificationLapsed lapsed, Recipient holder) {
        return new Notice("CertificationLapsed:" + lapsed.certificationId(), holder,
                Text.of("notification.certification.lapsed.subject", lapsed.designationCode()),
                Text.of("notification.certification.lapsed.text", lapsed.designationCode(), lapsed.expiredOn()),
                MY_CERTIFICATIONS);
    }

    @ApplicationModuleListener
    void on(CertificationStandingChanged changed) {
        Text subject = Text.of("notification.certification.standing." + changed.action().name().toLowerCase(Locale.ROOT),
                changed.designationCode());
        Text text = changed.action() == CertificationAction.LIFTED ? Text.of("notification.as-is", changed.explanation())
                : Text.of("notification.certification.standing.reason", changed.explanation());
        notifier.post(new Notice("CertificationStandingChanged:" + changed.historyEntryId(),
                notifier.recipient(changed.holderAccountId()), subject, text, MY_CERTIFICATIONS));
    }

    @ApplicationModuleListener
    void on(CertificationReissued reissued) {
        notifier.post(new Notice("CertificationReissued:" + reissued.certificationId() + ":" + reissued.issueNumber(),
                notifier.recipient(reissued.holderAccountId()),
                Text.of("notification.certification.reissued.subject", reissued.designationCode()),
                Text.of("notification.certification.reissued.text", reissued.designationCode(),
                        reissued.holderName()),
                MY_CERTIFICATIONS));
    }
}
