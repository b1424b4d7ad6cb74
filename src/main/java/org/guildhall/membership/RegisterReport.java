package org.guildhall.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.identity.Role;
import org.guildhall.membership.domain.MonthCount;
import org.guildhall.membership.domain.RegisterCount;
import org.guildhall.membership.domain.RegisterReportRows;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's register report (issue 18): members by category and status, and joins and lapses by month. Each
 * figure is one grouped query, however large the register.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class RegisterReport {

    private final RegisterReportRows rows;
    private final Clock clock;

    RegisterReport(RegisterReportRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Every category and status pair, in the enums' order, zero where none stands. */
    public List<CategoryStatusCount> byCategoryAndStatus() {
        Map<String, Long> counts = rows.countsByCategoryAndStatus().stream()
                .collect(Collectors.toMap(count -> count.category() + "/" + count.status(), RegisterCount::count));
        return Arrays.stream(MembershipCategory.values())
                .flatMap(category -> Arrays.stream(MembershipStatus.values())
                        .map(status -> new CategoryStatusCount(category, status,
                                counts.getOrDefault(category + "/" + status, 0L))))
                .toList();
    }

    /**
     * The last {@code months} calendar months up to this one, oldest first, with the memberships that began in
     * each and those now lapsed that lapsed in it (a lapse undone by reinstatement no longer counts).
     */
    public List<JoinsAndLapses> joinsAndLapses(int months) {
        YearMonth last = YearMonth.from(LocalDate.now(clock));
        YearMonth first = last.minusMonths(months - 1L);
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        var joins = byMonth(rows.joinsByMonth(from, to));
        var lapses = byMonth(rows.enteredByMonth(MembershipStatus.LAPSED, from, to));
        return Stream.iterate(first, month -> !month.isAfter(last), month -> month.plusMonths(1))
                .map(month -> new JoinsAndLapses(month, joins.getOrDefault(month, 0L), lapses.getOrDefault(month, 0L)))
                .toList();
    }

    private static Map<YearMonth, Long> byMonth(List<MonthCount> counts) {
        return counts.stream().collect(Collectors.toMap(count -> YearMonth.of(count.year(), count.month()),
                MonthCount::count));
    }

    @NamedInterface("api")
    public record CategoryStatusCount(MembershipCategory category, MembershipStatus status, long members) {
    }

    @NamedInterface("api")
    public record JoinsAndLapses(YearMonth month, long joined, long lapsed) {
    }
}
