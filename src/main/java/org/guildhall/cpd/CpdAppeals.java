package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.guildhall.cpd.CpdEvents.CpdActivityApproved;
import org.guildhall.cpd.domain.CpdActivity;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.shared.ForOtherModules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appeals process (issue 20) needs from CPD: a member's rejected activities, and the approval that
 * replaces a rejection when an appeal is upheld. The appeals module has authorised each step; no view may call
 * these.
 */
@Service
@ForOtherModules
@NamedInterface("api")
@Transactional(readOnly = true)
public class CpdAppeals {

    private final CpdActivityRepository activities;
    private final CpdService cpd;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CpdAppeals(CpdActivityRepository activities, CpdService cpd, ApplicationEventPublisher publisher, Clock clock) {
        this.activities = activities;
        this.cpd = cpd;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The member's rejected activities, latest first. */
    public List<CpdRejection> rejectionsOf(long accountId) {
        return activities.findByAccountIdOrderByEndsOnDescIdDesc(accountId).stream()
                .filter(activity -> activity.status() == CpdActivityStatus.REJECTED).map(this::rejection).toList();
    }

    /** The activity's rejection; an activity that is not rejected (or none) is not found. */
    public CpdRejection rejection(long activityId) {
        return activities.findById(activityId).filter(activity -> activity.status() == CpdActivityStatus.REJECTED)
                .map(this::rejection).orElseThrow(() -> new CpdActivityNotFoundException(activityId));
    }

    /** Approves a rejected activity on appeal: its credits count from now, as any approval's do. */
    @Transactional
    public void approveOnAppeal(long activityId, String decidedBy) {
        var activity = activities.lockById(activityId).orElseThrow(() -> new CpdActivityNotFoundException(activityId));
        var now = clock.instant();
        activity.approveOnAppeal(decidedBy, now);
        publisher.publishEvent(new CpdActivityApproved(activityId, activity.accountId(), activity.claim().title(),
                cpd.ledgerOf(activity.accountId()).creditsClaimed(activity.claim()), now));
    }

    private CpdRejection rejection(CpdActivity activity) {
        return new CpdRejection(activity.id(), activity.accountId(), activity.claim().title(),
                LocalDate.ofInstant(Objects.requireNonNull(activity.reviewedAt()), clock.getZone()),
                Objects.requireNonNullElse(activity.reviewedBy(), ""),
                Objects.requireNonNullElse(activity.reviewNote(), ""));
    }
}
