package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.cpd.domain.CpdHolderRows;
import org.guildhall.cpd.domain.CpdLedger;
import org.guildhall.cpd.domain.HolderContact;
import org.guildhall.cpd.domain.WeighedActivity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Walks every current certification in expiry order, a chunk at a time, weighing each holder's credits with the
 * same {@link CpdLedger} rules as My CPD. Three queries a chunk (certifications, their holders' counting activities
 * with only what weighs them, their contacts; totals skip the contacts); no transaction spans the walk, so what a
 * chunk loaded is released before the next is read and 100,000 certifications never sit in memory together.
 */
@Component
class CpdComplianceWalk {

    static final int CHUNK = 500;

    /** Only these count toward a tally ({@link CpdActivityStatus#counts()}), so the walk reads no others. */
    private static final List<CpdActivityStatus> COUNTING = Arrays.stream(CpdActivityStatus.values())
            .filter(CpdActivityStatus::counts).toList();

    private final CertificationService certifications;
    private final CpdActivityRepository activities;
    private final CpdHolderRows holders;
    private final CpdService cpd;
    private final Clock clock;

    CpdComplianceWalk(CertificationService certifications, CpdActivityRepository activities, CpdHolderRows holders,
            CpdService cpd, Clock clock) {
        this.certifications = certifications;
        this.activities = activities;
        this.holders = holders;
        this.cpd = cpd;
        this.clock = clock;
    }

    /** Hands each current certification the filter admits, with its report row, in expiry order. */
    void forEach(CpdComplianceFilter filter, BiConsumer<CertificationSummary, CpdComplianceSummary> visitor) {
        walk(filter, true, visitor);
    }

    /**
     * As {@link #forEach}, for totals: the rows carry no member number or email, which spares a query a chunk. The
     * filter must not search by them.
     */
    void forEachForTotals(CpdComplianceFilter filter,
            BiConsumer<CertificationSummary, CpdComplianceSummary> visitor) {
        walk(filter, false, visitor);
    }

    private void walk(CpdComplianceFilter filter, boolean withContacts,
            BiConsumer<CertificationSummary, CpdComplianceSummary> visitor) {
        LocalDate today = LocalDate.now(clock);
        var rules = cpd.rulesInForce().remembered();
        @Nullable CertificationSummary last = null;
        while (true) {
            var chunk = certifications.unexpiredInExpiryOrderAfter(last, CHUNK);
            if (chunk.isEmpty() || beyondWindow(chunk.getFirst(), filter, today)) {
                return;
            }
            last = chunk.getLast();
            var current = chunk.stream()
                    .filter(certification -> certification.status().isCurrent())
                    .filter(certification -> filter.admitsDesignation(certification.designationCode()))
                    .toList();
            if (current.isEmpty()) {
                continue;
            }
            var holderIds = current.stream().map(CertificationSummary::holderAccountId).distinct().toList();
            var entriesByHolder = activities.weighedOf(holderIds, COUNTING).stream()
                    .collect(Collectors.groupingBy(WeighedActivity::accountId,
                            Collectors.mapping(WeighedActivity::toEntry, Collectors.toList())));
            Map<Long, HolderContact> contacts = !withContacts ? Map.of() : holders.contactsOf(holderIds).stream()
                    .collect(Collectors.toMap(HolderContact::accountId, Function.identity(), (a, b) -> a));
            for (var certification : current) {
                var ledger = new CpdLedger(rules, entriesByHolder.getOrDefault(certification.holderAccountId(),
                        List.of()));
                var row = row(certification, ledger, contacts.get(certification.holderAccountId()), today);
                if (filter.admits(row)) {
                    visitor.accept(certification, row);
                }
            }
        }
    }

    /** In expiry order, a chunk starting past the filter's window holds nothing more to list. */
    private static boolean beyondWindow(CertificationSummary first, CpdComplianceFilter filter, LocalDate today) {
        return filter.expiringWithinDays() != null
                && first.cycle().expiresOn().isAfter(today.plusDays(filter.expiringWithinDays()));
    }

    private static CpdComplianceSummary row(CertificationSummary certification, CpdLedger ledger,
            @Nullable HolderContact contact, LocalDate today) {
        var tally = ledger.tally(certification.cycle(), certification.cpdHoursRequired());
        var forecast = ledger.forecast(tally, today);
        return new CpdComplianceSummary(certification.id(), certification.holderAccountId(),
                certification.holderName(), contact == null ? null : contact.memberNumber(),
                contact == null ? "" : contact.email(), certification.designationCode(), tally.counted(),
                tally.required(), tally.shortBy(), certification.cycle().lastValidDay(), forecast.daysToExpiry(),
                forecast.pacePerMonth(), forecast.projected(), forecast.neededPerMonth(), !forecast.onTrack());
    }
}
