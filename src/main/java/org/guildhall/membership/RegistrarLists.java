package org.guildhall.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
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
        return rows.queue(filter.statuses(), filter.category(), filter.submittedBefore(clock), filter.search(),
                page);
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public long countApplications(QueueFilter filter) {
        return filter.search().isEmpty()
                ? rows.countQueueUnsearched(filter.statuses(), filter.category(), filter.submittedBefore(clock))
                : rows.countQueue(filter.statuses(), filter.category(), filter.submittedBefore(clock),
                        filter.search());
    }

    /** Members ({@link Role#MEMBER}) or applicants ({@link Role#APPLICANT}) matching {@code search}, by name. */
    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public List<RegisterEntry> register(Role role, String search, Pageable page) {
        return rows.register(role, searchText(search), page);
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public long countRegister(Role role, String search) {
        String text = searchText(search);
        // Before a search everyone holding the role is listed: counted from the roles alone (issue 15).
        return text.isEmpty() ? accounts.countWithRole(role, "") : rows.countRegister(role, text);
    }

    static String searchText(@Nullable String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The queue's filters: statuses, category, a minimum age in days, and a name, email or member number. */
    public record QueueFilter(EnumSet<ApplicationStatus> statuses, @Nullable MembershipCategory category,
            int olderThanDays, String search) {

        public QueueFilter {
            search = searchText(search);
        }

        @Nullable Instant submittedBefore(Clock clock) {
            return olderThanDays <= 0 ? null : clock.instant().minus(Duration.ofDays(olderThanDays));
        }
    }
}
