package org.guildhall.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.domain.Membership;
import org.guildhall.membership.domain.MembershipAction;
import org.guildhall.membership.domain.MembershipActionRepository;
import org.guildhall.membership.domain.MembershipFee;
import org.guildhall.membership.domain.MembershipFeeRepository;
import org.guildhall.membership.domain.MembershipRepository;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's side of the membership year (issue 16): the register with status and term end, filtered by
 * status and category; resignations, suspensions, expulsions, waived and extended terms, each with its reason in
 * the membership's audit trail; and the subscriptions per category, which admins set.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
public class MemberRegisterService {

    private final MembershipRepository memberships;
    private final MembershipActionRepository actions;
    private final MembershipFeeRepository fees;
    private final MembershipYear year;
    private final YearDetails details;
    private final AccountService accounts;
    private final Clock clock;

    MemberRegisterService(MembershipRepository memberships, MembershipActionRepository actions,
            MembershipFeeRepository fees, MembershipYear year, YearDetails details, AccountService accounts,
            Clock clock) {
        this.memberships = memberships;
        this.actions = actions;
        this.fees = fees;
        this.year = year;
        this.details = details;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Which members the register lists.
     *
     * @param statuses empty for all
     * @param changedThisMonth only those whose status changed this calendar month ("lapsed this month")
     */
    public record RegisterFilter(Set<MembershipStatus> statuses, @Nullable MembershipCategory category,
            boolean changedThisMonth) {

        public static RegisterFilter everyone() {
            return new RegisterFilter(Set.of(), null, false);
        }

        Set<MembershipStatus> statusesOrAll() {
            return statuses.isEmpty() ? EnumSet.allOf(MembershipStatus.class) : statuses;
        }
    }

    public List<MembershipYearEntry> register(RegisterFilter filter, Pageable page) {
        return memberships.register(filter.statusesOrAll(), filter.category(), monthStart(filter), page)
                .map(this::entry).getContent();
    }

    public long countRegister(RegisterFilter filter) {
        return memberships.register(filter.statusesOrAll(), filter.category(), monthStart(filter),
                Pageable.ofSize(1)).getTotalElements();
    }

    public SubscriptionDetails subscriptionOf(long accountId) {
        return details.of(load(accountId));
    }

    public List<MembershipActionEntry> history(long accountId) {
        return actions.findByAccountIdOrderByTakenAtDescIdDesc(load(accountId).accountId()).stream()
                .map(action -> new MembershipActionEntry(action.action().key(), action.reason(),
                        action.takenBy(), action.takenAt()))
                .toList();
    }

    /** Records the member's resignation (told to the registrar), effective at the end of the paid term. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void recordResignation(long accountId, String reason) {
        year.resign(load(accountId).accountId(), reason(reason), registrar());
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void suspend(long accountId, String reason) {
        year.suspend(load(accountId).accountId(), reason(reason), registrar());
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void liftSuspension(long accountId, String reason) {
        year.liftSuspension(load(accountId).accountId(), reason(reason), registrar());
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void expel(long accountId, String reason) {
        year.expel(load(accountId).accountId(), reason(reason), registrar());
    }

    /** Waives the subscription waiting to be paid, or the next term's. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void waive(long accountId, String reason) {
        year.waive(load(accountId).accountId(), reason(reason), registrar());
    }

    /** Moves the end of the member's paid term to {@code newEnd} (later than it is). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void extend(long accountId, @Nullable LocalDate newEnd, String reason) {
        var problems = new ArrayList<>(reasonProblems(reason));
        if (newEnd == null) {
            problems.add(new FieldProblem(MembershipDecisionData.NEW_END, "membership.year-view.new-end-needed"));
        }
        if (!problems.isEmpty()) {
            throw new MembershipYearRefusedException(problems);
        }
        year.extend(load(accountId).accountId(), newEnd, reason.strip(), registrar());
    }

    /** Every subscription row, newest first per category: the fees in force and their history. */
    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public List<SubscriptionFeeSummary> fees() {
        return fees.findAllByOrderByCategoryAscEffectiveFromDesc().stream()
                .map(fee -> new SubscriptionFeeSummary(fee.category(), fee.effectiveFrom(), fee.annualFee(),
                        fee.termMonths(), fee.reinstatementFee(), fee.recordedBy(), fee.recordedAt()))
                .toList();
    }

    /**
     * An admin sets a category's subscription from a day on (today or later): a new row, so terms already
     * invoiced keep their fee and the old row stays as the record of what was charged.
     */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SubscriptionFeeSummary setFee(SubscriptionFeeData data) {
        var problems = new ArrayList<>(MembershipFee.problems(data, LocalDate.now(clock)));
        if (problems.isEmpty() && fees.existsByCategoryAndEffectiveFrom(data.category(), data.effectiveFrom())) {
            problems.add(new FieldProblem(SubscriptionFeeData.EFFECTIVE_FROM, Text.of("membership.fees.already-set",
                    Text.of(data.category().key()), data.effectiveFrom())));
        }
        if (!problems.isEmpty()) {
            throw new MembershipYearRefusedException(problems);
        }
        var fee = fees.save(new MembershipFee(data.category(), data.effectiveFrom(), data.annualFee(),
                data.termMonths(), data.reinstatementFee(),
                accounts.currentAccount().email(), clock.instant()));
        return new SubscriptionFeeSummary(fee.category(), fee.effectiveFrom(), fee.annualFee(), fee.termMonths(),
                fee.reinstatementFee(), fee.recordedBy(), fee.recordedAt());
    }

    private MembershipYearEntry entry(Membership membership) {
        var person = accounts.summaryOf(membership.accountId());
        var paidUntil = year.assess(membership).paidUntil();
        return new MembershipYearEntry(membership.accountId(), membership.memberNumber(), person.fullName(),
                person.email(), membership.category(), membership.status(), membership.statusSince(), paidUntil);
    }

    private @Nullable LocalDate monthStart(RegisterFilter filter) {
        return filter.changedThisMonth() ? LocalDate.now(clock).withDayOfMonth(1) : null;
    }

    private Membership load(long accountId) {
        return memberships.findById(accountId).orElseThrow(() -> new MembershipYearRefusedException(
                "membership.year.no-membership"));
    }

    private String registrar() {
        return accounts.currentAccount().email();
    }

    private static String reason(String reason) {
        var problems = reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new MembershipYearRefusedException(problems);
        }
        return reason.strip();
    }

    /** A decision on the year needs a reason for the history, within the history's length. */
    private static List<FieldProblem> reasonProblems(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldProblem(MembershipDecisionData.REASON, "membership.year.reason-needed"));
        }
        if (reason.strip().length() > MembershipAction.MAX_REASON_LENGTH) {
            return List.of(new FieldProblem(MembershipDecisionData.REASON, Text.of("membership.reason-too-long",
                    MembershipAction.MAX_REASON_LENGTH)));
        }
        return List.of();
    }
}
