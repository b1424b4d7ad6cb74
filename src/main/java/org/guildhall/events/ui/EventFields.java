package org.guildhall.events.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.shared.Refused;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.FieldErrors;
import org.springframework.data.domain.PageRequest;

/**
 * The fields of an event, bound to {@link EventDetails} by one {@link Binder}. The binder asks only for what is
 * missing; the limits and their messages are the record's own, shown on the field each concerns.
 */
final class EventFields extends Composite<FormLayout> {

    private static final String DEFAULT_ZONE = "Europe/London";
    private static final int DEFAULT_CAPACITY = 40;

    private final Binder<EventDetails> binder = new Binder<>(EventDetails.class);
    private final Select<EventKind> kind = new Select<>();
    private final TextField title = new TextField(getTranslation("events.manage.title"));
    private final TextArea description = new TextArea(getTranslation("events.editor.description"));
    private final DateTimePicker startsAt = DateInputs.dateTimePicker(
            getTranslation("events.editor.starts"));
    private final DateTimePicker endsAt = DateInputs.dateTimePicker(getTranslation("events.editor.ends"));
    private final ComboBox<String> zone = new ComboBox<>(getTranslation("events.editor.zone"));
    private final TextField venue = new TextField(getTranslation("events.editor.venue"));
    private final TextField onlineLink = new TextField(getTranslation("events.event.online-link"));
    private final IntegerField capacity = new IntegerField(getTranslation("events.editor.capacity"));
    private final BigDecimalField memberFee = new BigDecimalField(getTranslation("events.editor.member-fee"));
    private final BigDecimalField nonMemberFee = new BigDecimalField(
            getTranslation("events.editor.non-member-fee"));
    private final Select<CpdCategory> category = new Select<>();
    private final BigDecimalField hours = new BigDecimalField(getTranslation("events.editor.hours"));
    private final IntegerField points = new IntegerField(getTranslation("events.home.points"));
    private final IntegerField cutoff = new IntegerField(getTranslation("events.editor.cutoff"));
    private final MultiSelectComboBox<AccountSummary> presenters =
            new MultiSelectComboBox<>(getTranslation("events.editor.presenters"));

    EventFields(AccountService accounts, int defaultCutoffHours) {
        describeWhatAndWhen();
        describeWhereAndWho(accounts);
        describeFeesAndCredit(defaultCutoffHours);
        bind(accounts);
        var form = getContent();
        form.add(kind, title, description, startsAt, endsAt, zone, venue, onlineLink, capacity, memberFee,
                nonMemberFee, category, hours, points, cutoff, presenters);
        form.setColspan(description, 2);
        form.setColspan(title, 2);
        form.setColspan(presenters, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    private void describeWhatAndWhen() {
        kind.setId("event-kind");
        kind.setLabel(getTranslation("events.list.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.key()));
        title.setId("event-title-field");
        title.setMaxLength(EventDetails.MAX_TITLE);
        description.setId("event-description");
        description.setMaxLength(EventDetails.MAX_DESCRIPTION);
        description.setMinHeight("8rem");
        startsAt.setId("event-starts");
        endsAt.setId("event-ends");
        zone.setId("event-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
    }

    private void describeWhereAndWho(AccountService accounts) {
        venue.setId("event-venue");
        venue.setMaxLength(EventDetails.MAX_VENUE);
        venue.setHelperText(getTranslation("events.editor.venue.helper"));
        onlineLink.setId("event-link");
        onlineLink.setMaxLength(EventDetails.MAX_LINK);
        onlineLink.setHelperText(getTranslation("events.editor.online-link.helper"));
        capacity.setId("event-capacity");
        capacity.setStepButtonsVisible(true);
        presenters.setId("event-presenters");
        presenters.setItemLabelGenerator(account -> account == null ? "" : account.fullName() + " ("
                + account.email() + ")");
        presenters.setItems(query -> accounts.searchWithRole(Role.MEMBER, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
    }

    private void describeFeesAndCredit(int defaultCutoffHours) {
        memberFee.setId("event-member-fee");
        nonMemberFee.setId("event-non-member-fee");
        category.setId("event-cpd-category");
        category.setLabel(getTranslation("events.editor.category"));
        category.setItems(CpdCategory.values());
        category.setItemLabelGenerator(choice -> choice == null ? "" : EventTexts.category(choice));
        category.setHelperText(getTranslation("events.editor.category.helper"));
        hours.setId("event-hours");
        hours.setHelperText(getTranslation("events.editor.hours.helper", EventDetails.MAX_HOURS));
        points.setId("event-points");
        cutoff.setId("event-cutoff");
        cutoff.setPlaceholder(getTranslation("events.editor.cutoff.default", defaultCutoffHours));
    }

    /** Each record component bound by its name, the name the record's refusals use. */
    private void bind(AccountService accounts) {
        binder.forField(kind).asRequired(getTranslation("events.editor.kind-needed")).bind(EventDetails.KIND);
        binder.forField(title).asRequired(getTranslation("events.editor.title-needed")).bind(EventDetails.TITLE);
        binder.forField(description).asRequired(getTranslation("events.editor.description-needed"))
                .bind(EventDetails.DESCRIPTION);
        binder.forField(startsAt).asRequired(getTranslation("events.editor.starts-needed")).bind(EventDetails.STARTS_AT);
        binder.forField(endsAt).asRequired(getTranslation("events.editor.ends-needed")).bind(EventDetails.ENDS_AT);
        binder.forField(zone).asRequired(getTranslation("events.editor.zone-needed"))
                .withConverter(ZoneId::of, ZoneId::getId).bind(EventDetails.ZONE);
        binder.forField(venue).bind(EventDetails.VENUE);
        binder.forField(onlineLink).bind(EventDetails.ONLINE_LINK);
        binder.forField(capacity).asRequired(getTranslation("events.editor.capacity-needed")).bind(EventDetails.CAPACITY);
        binder.forField(memberFee).asRequired(getTranslation("events.editor.fee-needed")).bind(EventDetails.MEMBER_FEE);
        binder.forField(nonMemberFee).asRequired(getTranslation("events.editor.fee-needed")).bind(EventDetails.NON_MEMBER_FEE);
        binder.forField(category).asRequired(getTranslation("events.editor.category-needed")).bind(EventDetails.CPD_CATEGORY);
        binder.forField(hours).asRequired(getTranslation("events.editor.hours-needed"))
                .bind(EventDetails.EDUCATIONAL_HOURS);
        binder.forField(points).asRequired(getTranslation("events.editor.points-needed"))
                .bind(EventDetails.MEMBERSHIP_POINTS);
        binder.forField(cutoff).bind(EventDetails.CANCELLATION_CUTOFF_HOURS);
        binder.forField(presenters).withConverter(Converter.<Set<AccountSummary>, Set<Long>>from(
                        chosen -> Result.ok(chosen.stream().map(AccountSummary::id).collect(Collectors.toSet())),
                        ids -> ids.stream().map(accounts::summaryOf).collect(Collectors.toSet())))
                .bind(EventDetails.PRESENTER_ACCOUNT_IDS);
    }

    /** A new event: a seminar in London for 40, free, crediting Continuing Education. */
    void showDefaults() {
        kind.setValue(EventKind.SEMINAR);
        zone.setValue(DEFAULT_ZONE);
        capacity.setValue(DEFAULT_CAPACITY);
        memberFee.setValue(BigDecimal.ZERO);
        nonMemberFee.setValue(BigDecimal.ZERO);
        category.setValue(CpdCategory.CONTINUING_EDUCATION);
        points.setValue(0);
    }

    void read(EventDetails details) {
        binder.readRecord(details);
    }

    /** The details typed, or empty with every problem on its field and the first focused. */
    Optional<EventDetails> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }
}
