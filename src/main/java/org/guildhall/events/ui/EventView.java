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
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * One event: what it is, when and where, what it costs and earns, and the signed-in person's place in it
 * (register, join the waiting list, cancel, download the certificate). Registrars also edit, cancel it and open
 * its attendance.
 */
@Route("event")
@PageTitle("Event")
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
        var kind = new Span(event.kind().label());
        kind.addClassName("gh-event-kind");
        var availability = new Span(EventTexts.places(event));
        availability.setId("event-places");
        availability.addClassNames("gh-badge", event.isFull() || event.isCancelled() ? "gh-badge-no"
                : "gh-badge-yes");
        add(new RouterLink("\u2190 All events", EventsView.class), new Div(kind, availability), title);

        var facts = new Div();
        facts.addClassName("gh-event-facts");
        fact(facts, "When", EventTexts.when(event));
        fact(facts, "Where", EventTexts.place(event));
        if (event.online()) {
            // The service gives the link only to those who may join.
            if (event.onlineLink() != null) {
                var link = new Anchor(event.onlineLink(), event.onlineLink());
                link.setTarget("_blank");
                link.setId("event-online-link");
                facts.add(new Span("Online link"), link);
            } else {
                fact(facts, "Online link", "Shown here once you hold a place");
            }
        }
        fact(facts, "Fee", EventTexts.fees(event));
        fact(facts, "Earns", EventTexts.credit(event));
        if (!event.presenters().isEmpty()) {
            fact(facts, "Presenters", String.join(", ", event.presenters().stream()
                    .map(EventSummary.Presenter::fullName).toList()));
        }
        fact(facts, "Cancel by", Formats.dateTime(event.cancellationCutoff(), event.zone()) + " ("
                + event.zone().getId() + ")");
        var description = new Paragraph(event.description());
        description.addClassName("gh-event-description");
        add(facts, description);

        if (me.has(Role.MEMBER) || me.has(Role.APPLICANT)) {
            add(new H3("Your place"), myPlace(event, mine));
        }
        if (me.has(Role.REGISTRAR)) {
            add(new H3("Registrar"), registrarActions(event));
        }
    }

    private static void fact(Div facts, String label, String value) {
        var term = new Span(label);
        var text = new Span(value);
        text.setId("event-" + label.toLowerCase().replace(' ', '-'));
        facts.add(term, text);
    }

    private Div myPlace(EventSummary event, @Nullable MyRegistration mine) {
        var place = new Div();
        place.setId("event-my-place");
        if (event.isCancelled()) {
            place.add(new Paragraph("This event has been cancelled."));
            return place;
        }
        boolean open = clock.instant().isBefore(event.startsAt());
        if (mine == null) {
            if (!open) {
                place.add(new Paragraph("Registration has closed."));
                return place;
            }
            var register = new Button(event.isFull() ? "Join the waiting list" : "Register",
                    click -> act(() -> registered(registrations.register(eventId))));
            register.setId("register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            place.add(register);
            return place;
        }
        var status = new Paragraph(EventTexts.status(mine) + (mine.status() == RegistrationStatus.CONFIRMED
                && mine.fee().signum() > 0 ? " \u00b7 fee " + EventTexts.money(mine.fee())
                + (mine.invoiceReference() == null ? "" : ", invoice " + mine.invoiceReference()) : ""));
        status.setId("my-registration-status");
        place.add(status);
        if (mine.attended()) {
            var certificate = new Anchor("events/" + eventId + "/certificate", "Download your certificate (PDF)");
            certificate.setRouterIgnore(true);
            certificate.setId("certificate-link");
            place.add(certificate);
        } else if (open) {
            var cancel = new Button(mine.status() == RegistrationStatus.WAITLISTED ? "Leave the waiting list"
                    : "Cancel my place", click -> confirmCancel());
            cancel.setId("cancel-registration");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            place.add(cancel);
        }
        return place;
    }

    private void registered(MyRegistration mine) {
        Toast.success(mine.status() == RegistrationStatus.CONFIRMED ? "Your place is confirmed. We have emailed you."
                : "The event is full: you are number " + mine.waitingPosition() + " on the waiting list.");
    }

    private void confirmCancel() {
        var dialog = new Dialog("Give up your place?");
        dialog.add(new Paragraph("If people are waiting, the next one gets it straight away."));
        var confirm = new Button("Give it up", click -> {
            dialog.close();
            act(() -> {
                registrations.cancel(eventId);
                Toast.success("Cancelled.");
            });
        });
        confirm.setId("confirm-cancel-registration");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), confirm);
        dialog.open();
    }

    private HorizontalLayout registrarActions(EventSummary event) {
        var attendance = new RouterLink("Attendance", AttendanceView.class, eventId);
        attendance.setId("open-attendance");
        var actions = new HorizontalLayout(attendance);
        actions.setAlignItems(Alignment.BASELINE);
        if (!event.isCancelled()) {
            var edit = new RouterLink("Edit", EventEditorView.class, eventId);
            edit.setId("edit-event");
            var cancel = new Button("Cancel the event", click -> confirmEventCancellation(event));
            cancel.setId("cancel-event");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit, cancel);
        }
        return actions;
    }

    private void confirmEventCancellation(EventSummary event) {
        var dialog = new Dialog("Cancel \u201c" + event.title() + "\u201d?");
        dialog.add(new Paragraph("Everyone with a place (" + event.placesTaken() + ") or on the waiting list ("
                + event.waitingCount() + ") is emailed. This cannot be undone."));
        var confirm = new Button("Cancel the event", click -> {
            dialog.close();
            act(() -> {
                events.cancel(eventId);
                Toast.success("The event is cancelled and registrants are being told.");
            });
        });
        confirm.setId("confirm-cancel-event");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), confirm);
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
