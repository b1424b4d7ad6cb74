package org.guildhall.events.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.guildhall.events.EventNotFoundException;
import org.guildhall.events.EventRefusedException;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.RegistrationService;
import org.guildhall.events.RegistrationStatus;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * One event: what it is, when and where, what it costs and earns, and the signed-in person's place in it
 * (register, join the waiting list, cancel, download the certificate). Registrars also edit, cancel it and open
 * its attendance.
 */
@Route("event")
@PageTitle("events.title.event")
@PermitAll
@StyleSheet("styles/events.css")
final class EventView extends VerticalLayout implements HasUrlParameter<Long> {

    private final EventService events;
    private final RegistrationService registrations;
    private final AccountService accounts;
    private final Clock clock;
    private long eventId;

    EventView(EventService events, RegistrationService registrations, AccountService accounts, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.accounts = accounts;
        this.clock = clock;
        setId("event");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long eventId) {
        this.eventId = eventId;
        try {
            render();
        } catch (EventNotFoundException missing) {
            navigation.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        var event = events.event(eventId);
        var me = accounts.currentAccount();
        var mine = registrations.mine(eventId).orElse(null);
        var title = new H2(event.title());
        title.setId("event-title");
        var kind = new Span(getTranslation(event.kind().key()));
        kind.addClassName("gh-event-kind");
        var availability = new Span(EventTexts.places(event));
        availability.setId("event-places");
        availability.addClassNames("gh-badge", event.isFull() || event.isCancelled() ? "gh-badge-no"
                : "gh-badge-yes");
        add(new RouterLink(getTranslation("events.event.all"), EventsView.class), new Div(kind, availability), title);

        var facts = new Div();
        facts.addClassName("gh-event-facts");
        fact(facts, "when", "events.event.when", EventTexts.when(event));
        fact(facts, "where", "events.event.where", EventTexts.place(event));
        if (event.online()) {
            // The service gives the link only to those who may join.
            if (event.onlineLink() != null) {
                var link = new Anchor(event.onlineLink(), event.onlineLink());
                link.setTarget("_blank");
                link.setId("event-online-link");
                facts.add(new Span(getTranslation("events.event.online-link")), link);
            } else {
                fact(facts, "online-link", "events.event.online-link", getTranslation("events.event.online-link.later"));
            }
        }
        fact(facts, "fee", "events.event.fee", EventTexts.fees(event));
        fact(facts, "earns", "events.event.earns", EventTexts.credit(event));
        if (!event.presenters().isEmpty()) {
            fact(facts, "presenters", "events.event.presenters", String.join(", ", event.presenters().stream()
                    .map(EventSummary.Presenter::fullName).toList()));
        }
        fact(facts, "cancel-by", "events.event.cancel-by", getTranslation("events.event.cancel-by.value",
                event.cancellationCutoff().atZone(event.zone()), event.zone().getId()));
        var description = new Paragraph(event.description());
        description.addClassName("gh-event-description");
        add(facts, description);

        if (me.has(Role.MEMBER) || me.has(Role.APPLICANT)) {
            add(new H3(getTranslation("events.event.your-place")), myPlace(event, mine));
        }
        if (me.has(Role.REGISTRAR)) {
            add(new H3(getTranslation("events.event.registrar")), registrarActions(event));
        }
    }

    private void fact(Div facts, String id, String labelKey, String value) {
        var term = new Span(getTranslation(labelKey));
        var text = new Span(value);
        text.setId("event-" + id);
        facts.add(term, text);
    }

    private Div myPlace(EventSummary event, @Nullable MyRegistration mine) {
        var place = new Div();
        place.setId("event-my-place");
        if (event.isCancelled()) {
            place.add(new Paragraph(getTranslation("events.event.cancelled")));
            if (mine != null) {
                place.add(calendarFile(mine.id(), "events.calendar.cancelled-file"));
            }
            return place;
        }
        boolean open = clock.instant().isBefore(event.startsAt());
        if (mine == null) {
            registrations.myCancelledRegistration(eventId)
                    .ifPresent(cancelled -> place.add(calendarFile(cancelled, "events.calendar.cancelled-file")));
            if (!open) {
                place.add(new Paragraph(getTranslation("events.event.closed")));
                return place;
            }
            var register = new Button(getTranslation(event.isFull() ? "events.event.join-waiting-list" : "events.event.register"),
                    click -> act(() -> registered(registrations.register(eventId))));
            register.setId("register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            place.add(register);
            return place;
        }
        boolean fee = mine.status() == RegistrationStatus.CONFIRMED && mine.fee().signum() > 0;
        var status = new Paragraph(!fee ? EventTexts.status(mine) : mine.invoiceReference() == null
                ? getTranslation("events.event.status-fee", EventTexts.status(mine), EventTexts.money(mine.fee()))
                : getTranslation("events.event.status-fee-invoice", EventTexts.status(mine),
                        EventTexts.money(mine.fee()), mine.invoiceReference()));
        status.setId("my-registration-status");
        place.add(status);
        if (open) {
            place.add(calendarFile(mine.id(), "events.calendar.add"));
        }
        if (mine.attended()) {
            var certificate = new Anchor("events/" + eventId + "/certificate?lang=" + getLocale().toLanguageTag(),
                    getTranslation("events.event.certificate"));
            certificate.setRouterIgnore(true);
            certificate.setId("certificate-link");
            place.add(certificate);
        } else if (open) {
            var cancel = new Button(getTranslation(mine.status() == RegistrationStatus.WAITLISTED
                    ? "events.event.leave-waiting-list" : "events.event.cancel-place"), click -> confirmCancel());
            cancel.setId("cancel-registration");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            place.add(cancel);
        }
        return place;
    }

    /** The registration's calendar file, in the page's language; the same entry whatever its status. */
    private Anchor calendarFile(long registrationId, String textKey) {
        var file = new Anchor("calendar/files/" + MyRegistration.CALENDAR_KIND + "/" + registrationId + "?lang="
                + getLocale().toLanguageTag(), getTranslation(textKey));
        file.setRouterIgnore(true);
        file.setId("calendar-file");
        return file;
    }

    private void registered(MyRegistration mine) {
        Toast.success(mine.status() == RegistrationStatus.CONFIRMED ? getTranslation("events.event.confirmed")
                : getTranslation("events.event.waitlisted", mine.waitingPosition()));
    }

    private void confirmCancel() {
        var dialog = new Dialog(getTranslation("events.event.give-up.heading"));
        dialog.add(new Paragraph(getTranslation("events.event.give-up.text")));
        var confirm = new Button(getTranslation("events.event.give-up"), click -> {
            dialog.close();
            act(() -> {
                registrations.cancel(eventId);
                Toast.success(getTranslation("events.event.place-cancelled"));
            });
        });
        confirm.setId("confirm-cancel-registration");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("events.event.keep"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private HorizontalLayout registrarActions(EventSummary event) {
        var attendance = new RouterLink(getTranslation("events.event.attendance"), AttendanceView.class, eventId);
        attendance.setId("open-attendance");
        var actions = new HorizontalLayout(attendance);
        actions.setAlignItems(Alignment.BASELINE);
        if (!event.isCancelled()) {
            var edit = new RouterLink(getTranslation("events.event.edit"), EventEditorView.class, eventId);
            edit.setId("edit-event");
            var cancel = new Button(getTranslation("events.event.cancel"), click -> confirmEventCancellation(event));
            cancel.setId("cancel-event");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit, cancel);
        }
        return actions;
    }

    private void confirmEventCancellation(EventSummary event) {
        var dialog = new Dialog(getTranslation("events.event.cancel.heading", event.title()));
        dialog.add(new Paragraph(getTranslation("events.event.cancel.text", event.placesTaken(),
                event.waitingCount())));
        var confirm = new Button(getTranslation("events.event.cancel"), click -> {
            dialog.close();
            act(() -> {
                events.cancel(eventId);
                Toast.success(getTranslation("events.event.cancelled-told"));
            });
        });
        confirm.setId("confirm-cancel-event");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("events.event.keep"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs an action; whatever happens, the page then shows the event as it now is. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (EventRefusedException | EventNotFoundException refused) {
            Toast.error(refused);
        }
        render();
    }
}
