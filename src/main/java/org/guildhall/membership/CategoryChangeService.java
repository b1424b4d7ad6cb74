package org.guildhall.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipEvents.CategoryChangeDecided;
import org.guildhall.membership.domain.CategoryChange;
import org.guildhall.membership.domain.CategoryChangeRepository;
import org.guildhall.membership.domain.CategoryMoves;
import org.guildhall.membership.domain.Membership;
import org.guildhall.membership.domain.MembershipAction;
import org.guildhall.membership.domain.MembershipRepository;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Category change (issue 16): a member in good standing applies to move category (Student to Candidate or
 * Customer Service Professional, Candidate or Associate to Customer Service Professional) through the same
 * eligibility questionnaire, with documents; the registrar approves or rejects with a reason, as for applications.
 * Approved, the new category applies at once with the fee difference for the rest of the term invoiced, or at the
 * next renewal ({@code guildhall.membership.category-change-at-once}).
 */
@Service
@Transactional(readOnly = true)
public class CategoryChangeService {

    private final CategoryChangeRepository changes;
    private final MembershipRepository memberships;
    private final MembershipStanding standing;
    private final MembershipYear year;
    private final DocumentService uploads;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final MembershipSettings settings;
    private final Clock clock;

    CategoryChangeService(CategoryChangeRepository changes, MembershipRepository memberships,
            MembershipStanding standing, MembershipYear year, DocumentService uploads, AccountService accounts,
            ApplicationEventPublisher publisher, MembershipSettings settings, Clock clock) {
        this.changes = changes;
        this.memberships = memberships;
        this.standing = standing;
        this.year = year;
        this.uploads = uploads;
        this.accounts = accounts;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    /** The categories the signed-in member may apply to move to now (none while a request waits). */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public Set<MembershipCategory> movesOpenToMe() {
        long me = accounts.currentAccount().id();
        return memberships.findById(me)
                .filter(membership -> !changes.existsByAccountIdAndStatus(me, CategoryChange.Status.SUBMITTED))
                .map(membership -> CategoryMoves.allowedFrom(membership.category()))
                .orElse(Set.of());
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<CategoryChangeSummary> myChanges() {
        return changes.findByAccountIdOrderBySubmittedAtDesc(accounts.currentAccount().id()).stream()
                .map(this::summary).toList();
    }

    /**
     * Applies to move to {@code to}: the answers must qualify for it (the eligibility rules of seed 000), the
     * documents must be the member's own uploads, and only a member in good standing applies.
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public CategoryChangeSummary apply(MembershipCategory to, EligibilityAnswers answers, List<UUID> documentIds) {
        long me = accounts.currentAccount().id();
        var membership = memberships.lockById(me).orElseThrow(() -> new MembershipYearRefusedException(
                "membership.year.being-set-up"));
        var mine = standing.standingOf(me);
        if (!mine.inGoodStanding()) {
            throw new MembershipYearRefusedException(Text.of("membership.change.good-standing-only",
                    mine.reason()));
        }
        if (changes.existsByAccountIdAndStatus(me, CategoryChange.Status.SUBMITTED)) {
            throw new MembershipYearRefusedException("membership.change.already-waiting");
        }
        if (!CategoryMoves.allowedFrom(membership.category()).contains(to)) {
            throw new MembershipYearRefusedException(Text.of("membership.change.not-allowed",
                    Text.of(membership.category().key()), Text.of(to.key())));
        }
        if (!EligibilityPolicy.qualifyingCategories(answers).contains(to)) {
            throw new MembershipYearRefusedException(Text.of("membership.change.not-qualified",
                    Text.of(to.key())));
        }
        if (!uploads.allOwnedBySignedIn(documentIds)) {
            throw new MembershipYearRefusedException("membership.change.own-files-only");
        }
        return summary(changes.save(new CategoryChange(me, membership.category(), to, answers.inWords(),
                documentIds, clock.instant())));
    }

    /** Category changes waiting for a decision, oldest first. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<CategoryChangeSummary> waiting() {
        return changes.findByStatusOrderBySubmittedAtAsc(CategoryChange.Status.SUBMITTED).stream()
                .map(this::summary).toList();
    }

    /** Whether a document supports a category change, so that registrars may read it. */
    public boolean isCategoryChangeDocument(UUID documentId) {
        return changes.existsByDocumentId(documentId);
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CategoryChangeSummary approve(long changeId) {
        var change = load(changeId);
        boolean atOnce = settings.categoryChangeAtOnce();
        var invoice = year.changeCategory(change.accountId(), change.toCategory(), atOnce,
                "category-change:" + changeId);
        var effectiveOn = atOnce ? LocalDate.now(clock) : null;
        decide(change, true, null, effectiveOn, invoice.orElse(null));
        return summary(change);
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CategoryChangeSummary reject(long changeId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MembershipYearRefusedException(List.of(new FieldProblem(DecisionReasonData.REASON,
                    "membership.change.reason-needed")));
        }
        if (reason.strip().length() > MembershipAction.MAX_REASON_LENGTH) {
            throw new MembershipYearRefusedException(List.of(new FieldProblem(DecisionReasonData.REASON,
                    Text.of("membership.reason-too-long", MembershipAction.MAX_REASON_LENGTH))));
        }
        var change = load(changeId);
        decide(change, false, reason.strip(), null, null);
        return summary(change);
    }

    private void decide(CategoryChange change, boolean approved, @Nullable String note,
            @Nullable LocalDate effectiveOn, @Nullable InvoiceSummary invoice) {
        if (!change.decide(approved, accounts.currentAccount().email(), clock.instant(), note, effectiveOn)) {
            throw new MembershipYearRefusedException("membership.change.already-decided");
        }
        publisher.publishEvent(new CategoryChangeDecided(change.id(), change.accountId(), change.fromCategory(),
                change.toCategory(), approved, note, effectiveOn, invoice == null ? null : invoice.reference(),
                invoice == null ? null : invoice.amount()));
    }

    private CategoryChange load(long changeId) {
        return changes.lockById(changeId).orElseThrow(() -> new MembershipYearRefusedException(
                Text.of("membership.change.not-found", changeId)));
    }

    private CategoryChangeSummary summary(CategoryChange change) {
        var member = accounts.summaryOf(change.accountId());
        var number = memberships.findById(change.accountId()).map(Membership::memberNumber).orElse("");
        String status = switch (change.status()) {
            case SUBMITTED -> "membership.change-status.submitted";
            case APPROVED -> "membership.change-status.approved";
            case REJECTED -> "membership.change-status.rejected";
        };
        return new CategoryChangeSummary(change.id(), change.accountId(), member.fullName(), number,
                change.fromCategory(), change.toCategory(), change.answers(), change.documentIds(), status,
                change.status() == CategoryChange.Status.SUBMITTED, change.submittedAt(), change.decidedBy(),
                change.decisionNote(), change.effectiveOn());
    }
}
