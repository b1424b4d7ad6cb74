package org.guildhall.appeals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.guildhall.appeals.AppealEvents.AppealLodged;
import org.guildhall.appeals.domain.Appeal;
import org.guildhall.appeals.domain.AppealRepository;
import org.guildhall.appeals.domain.AppealWindow;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.settings.Settings;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appellant's side: the decisions about them they may still appeal, lodging an appeal with grounds and
 * documents, and their appeals with the outcome. Anyone signed in may appeal a decision about themselves only.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AppealService {

    private final AppealRepository appeals;
    private final AppealedDecisions decisions;
    private final AppealRecords records;
    private final Settings settings;
    private final DocumentService documents;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AppealService(AppealRepository appeals, AppealedDecisions decisions, AppealRecords records, Settings settings,
            DocumentService documents, AccountService accounts, ApplicationEventPublisher publisher, Clock clock) {
        this.appeals = appeals;
        this.decisions = decisions;
        this.records = records;
        this.settings = settings;
        this.documents = documents;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The decisions about the signed-in person whose window is open today and which they have not appealed. */
    public List<AppealableDecision> appealable() {
        var me = accounts.currentAccount();
        var today = records.today();
        var appealed = new HashSet<String>();
        appeals.findByAppellantAccountIdOrderByLodgedAtDesc(me.id())
                .forEach(appeal -> appealed.add(appeal.kind() + ":" + appeal.decisionId()));
        return decisions.about(me.id()).stream()
                .filter(decision -> !appealed.contains(decision.kind() + ":" + decision.decisionId()))
                .map(decision -> new AppealableDecision(decision.kind(), decision.decisionId(), decision.subject(),
                        decision.decidedOn(), window(decision).lastDay()))
                .filter(decision -> !today.isAfter(decision.lastDay()))
                .toList();
    }

    /** The signed-in person's appeals, newest first. */
    public List<AppealSummary> myAppeals() {
        var me = accounts.currentAccount();
        return appeals.findByAppellantAccountIdOrderByLodgedAtDesc(me.id()).stream()
                .map(appeal -> new AppealSummary(appeal.id(), appeal.kind(),
                        AppealedDecisions.subjectOf(appeal), me.fullName(), appeal.lodgedAt(),
                        appeal.status(), appeal.outcome()))
                .toList();
    }

    /**
     * Lodges an appeal against a decision about the signed-in person.
     *
     * @throws AppealRefusedException on the fields concerned, all at once: no decision chosen, a decision whose
     *         window has closed or that was appealed already (once per decision), no grounds or too long ones,
     *         documents that are not the appellant's
     */
    @Transactional
    public long lodge(AppealData data) {
        var me = accounts.currentAccount();
        var problems = new ArrayList<FieldProblem>();
        DecisionUnderAppeal decision = null;
        var chosen = data.decision();
        if (chosen == null) {
            problems.add(new FieldProblem(AppealData.DECISION, "appeals.lodge.decision-needed"));
        } else {
            decision = decisions.of(chosen.kind(), chosen.decisionId());
            if (decision.appellantAccountId() != me.id()) {
                throw new AppealRefusedException("appeals.lodge.not-yours");
            }
            var window = window(decision);
            if (appeals.existsByKindAndDecisionId(decision.kind(), decision.decisionId())) {
                problems.add(new FieldProblem(AppealData.DECISION, "appeals.lodge.already-appealed"));
            } else if (!window.isOpenOn(records.today())) {
                problems.add(new FieldProblem(AppealData.DECISION,
                        Text.of("appeals.lodge.too-late", window.days(), window.lastDay())));
            }
        }
        String grounds = data.grounds().strip();
        if (grounds.isEmpty()) {
            problems.add(new FieldProblem(AppealData.GROUNDS, "appeals.lodge.grounds-needed"));
        } else if (grounds.length() > AppealData.MAX_GROUNDS) {
            problems.add(new FieldProblem(AppealData.GROUNDS,
                    Text.of("appeals.lodge.grounds-too-long", AppealData.MAX_GROUNDS)));
        }
        if (!data.documents().isEmpty() && !documents.allOwnedBySignedIn(data.documents())) {
            problems.add(new FieldProblem(AppealData.DOCUMENTS, "appeals.lodge.documents-yours"));
        }
        if (!problems.isEmpty()) {
            throw new AppealRefusedException(problems);
        }
        Objects.requireNonNull(decision);
        Appeal appeal;
        try {
            appeal = appeals.saveAndFlush(new Appeal(decision.kind(), decision.decisionId(), me.id(),
                    decision.decidedOn(), decision.subjectName(), decision.reason(), decision.soleDecider(), grounds,
                    data.documents(), clock.instant()));
        } catch (DataIntegrityViolationException appealedMeanwhile) {
            throw AppealRefusedException.onField(AppealData.DECISION, Text.of("appeals.lodge.already-appealed"));
        }
        records.record(appeal, me, "Appeal lodged", decision.subject().english() + ". Grounds: " + grounds);
        publisher.publishEvent(new AppealLodged(appeal.id(), me.id(), appeal.kind(), records.today()));
        return appeal.id();
    }

    private AppealWindow window(DecisionUnderAppeal decision) {
        return new AppealWindow(decision.decidedOn(), settings.intOn(AppealSettings.APPEAL_DAYS, decision.decidedOn()));
    }
}
