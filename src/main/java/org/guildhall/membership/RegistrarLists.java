package org.guildhall.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shared.StaffSearch;
import org.guildhall.membership.domain.MembershipRows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registrar's application queue and the register, a page at a time: one query for the rows and one for the
 * count, run without a transaction of their own (a list needs no snapshot, and a read-only transaction would cost
 * three more statements per call; docs/decisions/constant-statement-lists.md).
 */
@Service
public class RegistrarLists {

    private final MembershipRows rows;
    private final AccountService accounts;
    private final Clock clock;

    RegistrarLists(MembershipRows rows, AccountService accounts, Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<ApplicationSummary> applications(QueueFilter filter, Pageable page) {
        var typed = filter.search();
        return rows.queue(filter.statuses(), filter.category(), filter.submittedBefore(clock), typed.name(),
                typed.email(), typed.number(), page);
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public long countApplications(QueueFilter filter) {
        var typed = filter.search();
        return typed.isEmpty()
                ? rows.countQueueUnsearched(filter.statuses(), filter.category(), filter.submittedBefore(clock))
                : rows.countQueue(filter.statuses(), filter.category(), filter.submittedBefore(clock),
                        typed.name(), typed.email(), typed.number());
    }

    /** Members ({@link Role#MEMBER}) or applicants ({@link Role#APPLICANT}) matching {@code search}, by name. */
    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public List<RegisterEntry> register(Role role, String search, Pageable page) {
        var typed = StaffSearch.of(search);
        return typed.number().isEmpty() ? rows.register(role, typed.name(), typed.email(), page)
                : rows.registerByNumber(role, typed.number(), page);
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public long countRegister(Role role, String search) {
        var typed = StaffSearch.of(search);
        // Before a search everyone holding the role is listed: the headcount, at most a minute old (issue 15).
        return typed.isEmpty() ? accounts.headcount(role)
                : typed.number().isEmpty() ? rows.countRegister(role, typed.name(), typed.email())
                : rows.countRegisterByNumber(role, typed.number());
    }

    /** The queue's filters: statuses, category, a minimum age in days, and the start of a name or email. */
    public record QueueFilter(EnumSet<ApplicationStatus> statuses, @Nullable MembershipCategory category,
            int olderThanDays, StaffSearch search) {

        public QueueFilter(EnumSet<ApplicationStatus> statuses, @Nullable MembershipCategory category,
                int olderThanDays, String typed) {
            this(statuses, category, olderThanDays, StaffSearch.of(typed).withoutNumbers());
        }

        @Nullable Instant submittedBefore(Clock clock) {
            return olderThanDays <= 0 ? null : clock.instant().minus(Duration.ofDays(olderThanDays));
        }
    }
}
