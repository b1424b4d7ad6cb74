package org.guildhall.notification.internal;

import org.guildhall.appeals.AppealEvents.AppealDecided;
import org.guildhall.appeals.AppealEvents.AppealLodged;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shared.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What appellants are told (issue 20): their appeal was received, and the appeal panel's outcome with reasons. */
@Component
class AppealNotifications {

    static final String MY_APPEALS = "appeals/mine";

    private final Notifier notifier;

    AppealNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(AppealLodged lodged) {
        notifier.post(lodged(lodged, notifier.recipient(lodged.appellantAccountId())));
    }

    @ApplicationModuleListener
    void on(AppealDecided decided) {
        notifier.post(decided(decided, notifier.recipient(decided.appellantAccountId())));
    }

    static Notice lodged(AppealLodged lodged, Recipient appellant) {
        return new Notice("AppealLodged:" + lodged.appealId(), appellant,
                Text.of("notification.appeal.lodged.subject"),
                Text.of("notification.appeal.lodged.text", lodged.kind().text(), lodged.lodgedOn()), MY_APPEALS);
    }

    static Notice decided(AppealDecided decided, Recipient appellant) {
        String outcome = switch (decided.outcome()) {
            case UPHELD -> "upheld";
            case PARTLY_UPHELD -> "partly-upheld";
            case DISMISSED -> "dismissed";
        };
        return new Notice("AppealDecided:" + decided.appealId(), appellant,
                Text.of("notification.appeal.decided.subject", decided.outcome().text()),
                Text.of("notification.appeal.decided." + outcome, decided.kind().text(), decided.reasons()),
                MY_APPEALS);
    }
}
