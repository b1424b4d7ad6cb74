package org.guildhall.events.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventNotFoundException;
import org.guildhall.events.EventRefusedException;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The registrar publishes a new event, or edits one (/registrar/event/{id}). */
@Route("registrar/event")
@PageTitle("Publish an event")
@RolesAllowed(Role.Names.REGISTRAR)
final class EventEditorView extends Composite<VerticalLayout> implements HasUrlParameter<Long> {

    private static final BigDecimal MAX_FEE = new BigDecimal("100000");

    private final EventService events;
    private final AccountService accounts;
    private final Binder<EventForm> binder = new Binder<>();
    private final Paragraph problem = new Paragraph();
    private @Nullable EventSummary editing;

    EventEditorView(EventService events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @Override
    public void setParameter(BeforeEvent navigation, @OptionalParameter @Nullable Long eventId) {
        try {
            editing = eventId == null ? null : events.event(eventId);
        } catch (EventNotFoundException missing) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        if (editing != null && editing.isCancelled()) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        var page = getContent();
        page.removeAll();
        page.setId("event-editor");
        page.addClassName("gh-page");

        var kind = new Select<EventKind>();
        kind.setId("event-kind");
        kind.setLabel("Kind");
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        var title = new TextField("Title");
        title.setId("event-title-field");
        title.setMaxLength(EventDetails.MAX_TITLE);
        var description = new TextArea("Description");
        description.setId("event-description");
        description.setMaxLength(EventDetails.MAX_DESCRIPTION);
        description.setMinHeight("8rem");
        var startsAt = new DateTimePicker("Starts (local time at the event)");
        startsAt.setId("event-starts");
        var endsAt = new DateTimePicker("Ends");
        endsAt.setId("event-ends");
        // Day before month, 24-hour clock, as the rest of the portal writes them.
        startsAt.setLocale(Locale.UK);
        endsAt.setLocale(Locale.UK);
        var zone = new ComboBox<String>("Time zone");
        zone.setId("event-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        var venue = new TextField("Place");
        venue.setId("event-venue");
        venue.setMaxLength(EventDetails.MAX_VENUE);
        venue.setHelperText("Leave empty for an online-only event");
        var onlineLink = new TextField("Online link");
        onlineLink.setId("event-link");
        onlineLink.setMaxLength(EventDetails.MAX_LINK);
        onlineLink.setHelperText("Shown only to people holding a place");
        var capacity = new IntegerField("Capacity");
        capacity.setId("event-capacity");
        capacity.setStepButtonsVisible(true);
        var memberFee = new BigDecimalField("Member fee (\u00a3)");
        memberFee.setId("event-member-fee");
        var nonMemberFee = new BigDecimalField("Non-member fee (\u00a3)");
        nonMemberFee.setId("event-non-member-fee");
        var category = new Select<CpdCategory>();
        category.setId("event-cpd-category");
        category.setLabel("CPD category for attendees");
        category.setItems(CpdCategory.values());
        category.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        category.setHelperText("Presenters are credited Instruction hours");
        var hours = new BigDecimalField("Educational hours");
        hours.setId("event-hours");
        hours.setHelperText("Teaching time only: no registration, meals or breaks");
        var points = new IntegerField("Membership points");
        points.setId("event-points");
        var cutoff = new IntegerField("Cancellation cutoff (hours before the start)");
        cutoff.setId("event-cutoff");
        cutoff.setPlaceholder("Default: " + events.defaultCancellationCutoffHours());
        var presenters = new MultiSelectComboBox<AccountSummary>("Presenters (members)");
        presenters.setId("event-presenters");
        presenters.setItemLabelGenerator(account -> account == null ? "" : account.fullName() + " ("
                + account.email() + ")");
        presenters.setItems(query -> accounts.searchWithRole(Role.MEMBER, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());

        binder.forField(kind).asRequired("Choose the kind of event.")
                .bind(form -> form.kind, (form, value) -> form.kind = value);
        binder.forField(title).asRequired("Give the event a title.")
                .withValidator(new StringLengthValidator("At most " + EventDetails.MAX_TITLE + " characters.", 1,
                        EventDetails.MAX_TITLE))
                .bind(form -> form.title, (form, value) -> form.title = value);
        binder.forField(description).asRequired("Describe the event for people deciding whether to come.")
                .bind(form -> form.description, (form, value) -> form.description = value);
        binder.forField(startsAt).asRequired("When does it start?")
                .bind(form -> form.startsAt, (form, value) -> form.startsAt = value);
        binder.forField(endsAt).asRequired("When does it end?")
                .withValidator(end -> startsAt.getValue() == null || end.isAfter(startsAt.getValue()),
                        "It must end after it starts.")
                .bind(form -> form.endsAt, (form, value) -> form.endsAt = value);
        binder.forField(zone).asRequired("Choose the time zone of the event's place.")
                .bind(form -> form.zone, (form, value) -> form.zone = value);
        binder.forField(venue)
                .withValidator(text -> !text.isBlank() || !onlineLink.getValue().isBlank(),
                        "Give a place, an online link, or both.")
                .bind(form -> form.venue, (form, value) -> form.venue = value);
        binder.forField(onlineLink)
                .withValidator(text -> text.isBlank() || text.matches("https?://\\S+\\.\\S+"),
                        "A web address starting with https://")
                .bind(form -> form.onlineLink, (form, value) -> form.onlineLink = value);
        binder.forField(capacity).asRequired("How many places are there?")
                .withValidator(new IntegerRangeValidator("1 to " + EventDetails.MAX_CAPACITY + " places.", 1,
                        EventDetails.MAX_CAPACITY))
                .bind(form -> form.capacity, (form, value) -> form.capacity = value);
        binder.forField(memberFee).asRequired("Enter 0 for a free event.")
                .withValidator(new BigDecimalRangeValidator("Zero or more, in pounds and pence.", BigDecimal.ZERO,
                        MAX_FEE))
                .withValidator(fee -> fee.scale() <= 2, "At most two decimals (pence).")
                .bind(form -> form.memberFee, (form, value) -> form.memberFee = value);
        binder.forField(nonMemberFee).asRequired("Enter 0 for a free event.")
                .withValidator(new BigDecimalRangeValidator("Zero or more, in pounds and pence.", BigDecimal.ZERO,
                        MAX_FEE))
                .withValidator(fee -> fee.scale() <= 2, "At most two decimals (pence).")
                .bind(form -> form.nonMemberFee, (form, value) -> form.nonMemberFee = value);
        binder.forField(category).asRequired("Choose the CPD category.")
                .bind(form -> form.cpdCategory, (form, value) -> form.cpdCategory = value);
        binder.forField(hours).asRequired("Enter the educational hours (0 if none).")
                .withValidator(new BigDecimalRangeValidator("0 to " + EventDetails.MAX_HOURS + " hours.",
                        BigDecimal.ZERO, EventDetails.MAX_HOURS))
                .withValidator(value -> value.scale() <= 2, "At most two decimals.")
                .bind(form -> form.educationalHours, (form, value) -> form.educationalHours = value);
        binder.forField(points).asRequired("Enter the membership points (0 if none).")
                .withValidator(new IntegerRangeValidator("Zero or more.", 0, 10_000))
                .bind(form -> form.membershipPoints, (form, value) -> form.membershipPoints = value);
        binder.forField(cutoff)
                .withValidator(new IntegerRangeValidator("Zero or more hours; empty for the default.", 0, 24 * 90))
                .bind(form -> form.cancellationCutoffHours, (form, value) -> form.cancellationCutoffHours = value);
        binder.forField(presenters)
                .bind(form -> form.presenters, (form, value) -> form.presenters = new HashSet<>(value));
        onlineLink.addValueChangeListener(change -> binder.validate());

        var form = new FormLayout(kind, title, description, startsAt, endsAt, zone, venue, onlineLink, capacity,
                memberFee, nonMemberFee, category, hours, points, cutoff, presenters);
        form.setColspan(description, 2);
        form.setColspan(title, 2);
        form.setColspan(presenters, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        binder.readBean(editing == null ? new EventForm() : EventForm.of(editing.details(),
                editing.presenters().stream().map(presenter -> accounts.summaryOf(presenter.accountId()))
                        .collect(Collectors.toSet())));

        var save = new Button(editing == null ? "Publish" : "Save changes", click -> save());
        save.setId("save-event");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("event-problem");
        problem.addClassName("gh-form-problem");
        problem.setVisible(false);
        page.add(new Paragraph(editing == null ? "Members and applicants see the event as soon as it is published."
                : "People already registered keep their places."), form, problem, new HorizontalLayout(save));
    }

    private void save() {
        var form = new EventForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            var details = form.toDetails();
            var saved = editing == null ? events.publish(details)
                    : events.edit(editing.id(), editing.version(), details);
            Toast.success(editing == null ? "Published." : "Saved.");
            getUI().ifPresent(ui -> ui.navigate(EventView.class, saved.id()));
        } catch (EventRefusedException | EventNotFoundException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
