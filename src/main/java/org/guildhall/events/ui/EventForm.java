package org.guildhall.events.ui;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.identity.AccountSummary;
import org.jspecify.annotations.Nullable;

/** The event form's bean: what the registrar has typed so far, which the binder fills field by field. */
final class EventForm {

    @Nullable EventKind kind = EventKind.SEMINAR;
    String title = "";
    String description = "";
    @Nullable LocalDateTime startsAt;
    @Nullable LocalDateTime endsAt;
    @Nullable String zone = "Europe/London";
    String venue = "";
    String onlineLink = "";
    @Nullable Integer capacity = 40;
    @Nullable BigDecimal memberFee = BigDecimal.ZERO;
    @Nullable BigDecimal nonMemberFee = BigDecimal.ZERO;
    @Nullable CpdCategory cpdCategory = CpdCategory.CONTINUING_EDUCATION;
    @Nullable BigDecimal educationalHours;
    @Nullable Integer membershipPoints = 0;
    @Nullable Integer cancellationCutoffHours;
    Set<AccountSummary> presenters = new HashSet<>();

    static EventForm of(EventDetails details, Set<AccountSummary> presenters) {
        var form = new EventForm();
        form.kind = details.kind();
        form.title = details.title();
        form.description = details.description();
        form.startsAt = details.startsAt();
        form.endsAt = details.endsAt();
        form.zone = details.zone().getId();
        form.venue = details.venue() == null ? "" : details.venue();
        form.onlineLink = details.onlineLink() == null ? "" : details.onlineLink();
        form.capacity = details.capacity();
        form.memberFee = details.memberFee();
        form.nonMemberFee = details.nonMemberFee();
        form.cpdCategory = details.cpdCategory();
        form.educationalHours = details.educationalHours();
        form.membershipPoints = details.membershipPoints();
        form.cancellationCutoffHours = details.cancellationCutoffHours();
        form.presenters = new HashSet<>(presenters);
        return form;
    }

    /** The details, once the binder has checked every required field is filled. */
    EventDetails toDetails() {
        return new EventDetails(required(kind), title, description, required(startsAt), required(endsAt),
                ZoneId.of(required(zone)), venue, onlineLink, required(capacity), required(memberFee),
                required(nonMemberFee), required(cpdCategory), required(educationalHours), required(membershipPoints),
                cancellationCutoffHours, presenters.stream().map(AccountSummary::id).collect(Collectors.toSet()));
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("The binder lets no required field through empty");
        }
        return value;
    }
}
