package org.guildhall.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.guildhall.certification.domain.WorkPeriodRepository;
import org.guildhall.shared.ForOtherModules;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who worked where and when, from people's work histories, for other modules' rules (assessment's conflicts of
 * interest from a shared employer). The caller has authorised the question.
 */
@Service
@ForOtherModules
@NamedInterface("api")
@Transactional(readOnly = true)
public class EmploymentHistory {

    /** One job: the employer and its days, both ends included; an open end while the person still works there. */
    @NamedInterface("api")
    public record Employment(long accountId, String employer, LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    private final WorkPeriodRepository periods;

    EmploymentHistory(WorkPeriodRepository periods) {
        this.periods = periods;
    }

    /** Every job of these people, in one query. */
    public List<Employment> employmentsOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return periods.findByAccountIdIn(accountIds).stream().map(period -> {
            var view = period.toView();
            return new Employment(period.accountId(), view.employer(), view.startsOn(), view.endsOn());
        }).toList();
    }
}
