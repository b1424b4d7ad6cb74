package org.guildhall.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.guildhall.appeals.domain.Appeal;
import org.guildhall.assessment.AppealablePanelDecision;
import org.guildhall.assessment.PanelAppeals;
import org.guildhall.certification.Revocation;
import org.guildhall.certification.RevocationAppeals;
import org.guildhall.cpd.CpdAppeals;
import org.guildhall.cpd.CpdRejection;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.shared.Text;
import org.springframework.stereotype.Component;

/**
 * The decisions that may be appealed, read from the module that took each, and their replacement when an appeal
 * is upheld, done by that module: an award on a panel decision, an approval of a rejected CPD activity, the
 * withdrawal of a revocation. A CPD rejection or revocation under appeal reads from what the appeal kept when it
 * was lodged, so it still reads as decided once replaced.
 */
@Component
class AppealedDecisions {

    private final PanelAppeals panels;
    private final CpdAppeals cpd;
    private final RevocationAppeals revocations;
    private final AccountService accounts;

    AppealedDecisions(PanelAppeals panels, CpdAppeals cpd, RevocationAppeals revocations, AccountService accounts) {
        this.panels = panels;
        this.cpd = cpd;
        this.revocations = revocations;
        this.accounts = accounts;
    }

    /** Every decision about the person an appeal could be against, whatever the window: not awards. */
    List<DecisionUnderAppeal> about(long accountId) {
        return Stream.of(
                panels.decisionsAbout(accountId).stream().filter(decision -> !decision.awarded()).map(this::of),
                cpd.rejectionsOf(accountId).stream().map(this::of),
                revocations.revocationsOf(accountId).stream().map(this::of)).flatMap(s -> s).toList();
    }

    /** The decision as it stands now, to be appealed. */
    DecisionUnderAppeal of(AppealKind kind, long decisionId) {
        return switch (kind) {
            case PANEL_DECISION -> of(panels.decisionOf(decisionId));
            case CPD_REJECTION -> of(cpd.rejection(decisionId));
            case REVOCATION -> of(revocations.revocation(decisionId));
        };
    }

    /** The decision an appeal is against, as it was when the appeal was lodged. */
    DecisionUnderAppeal of(Appeal appeal) {
        var decider = appeal.originalDeciderAccountId();
        var deciders = decider == null ? Set.<Long>of() : Set.of(decider);
        return switch (appeal.kind()) {
            // The appeal panel reads the portfolio the panel judged; the appellant's list of decisions does not.
            case PANEL_DECISION -> of(panels.decisionOf(appeal.decisionId()))
                    .withDocuments(panels.judgedDocuments(appeal.decisionId()));
            case CPD_REJECTION -> cpdRejection(appeal.decisionId(), appeal.appellantAccountId(), appeal.decidedOn(),
                    deciders, appeal.subjectName(), appeal.originalReason());
            case REVOCATION -> revocation(appeal.decisionId(), appeal.appellantAccountId(), appeal.decidedOn(),
                    deciders, appeal.subjectName(), appeal.originalReason());
        };
    }

    /** What the appeal is against, in a few words, from what it kept: a list reads no other module. */
    static Text subjectOf(Appeal appeal) {
        return switch (appeal.kind()) {
            case PANEL_DECISION -> Text.of("appeals.subject.panel-appealed", appeal.subjectName());
            case CPD_REJECTION -> Text.of("appeals.subject.cpd", appeal.subjectName());
            case REVOCATION -> Text.of("appeals.subject.revocation", appeal.subjectName());
        };
    }

    /** Replaces the decision after an upheld appeal, in the caller's transaction, through the owning module. */
    void replace(Appeal appeal, AccountSummary chair, String reasons) {
        switch (appeal.kind()) {
            case PANEL_DECISION -> panels.awardOnAppeal(appeal.decisionId(), appeal.id(), chair.id(), reasons);
            case CPD_REJECTION -> cpd.approveOnAppeal(appeal.decisionId(),
                    "appeal " + appeal.id() + " (" + chair.email() + ")");
            case REVOCATION -> revocations.withdrawOnAppeal(appeal.decisionId(), chair.id(),
                    "Appeal " + appeal.id() + " upheld: " + reasons);
        }
    }

    private DecisionUnderAppeal of(AppealablePanelDecision decision) {
        var file = new ArrayList<Text>();
        file.add(Text.of("appeals.file.panel.outcome", decision.designationName(), decision.outcome()));
        file.add(Text.of("appeals.file.panel.rationale", decision.rationale()));
        file.add(Text.of("appeals.file.panel.message", decision.messageToCandidate()));
        decision.findings().forEach(finding -> file.add(Text.of("appeals.file.panel.finding", finding.domain(),
                finding.result(), finding.feedback())));
        var letter = decision.letterDocumentId();
        return new DecisionUnderAppeal(AppealKind.PANEL_DECISION, decision.panelId(), decision.candidateAccountId(),
                decision.decidedOn(), decision.deciderAccountIds(), decision.designationCode(), decision.rationale(),
                Text.of("appeals.subject.panel", decision.designationCode(), decision.outcome()), file,
                letter == null ? List.of() : List.of(letter));
    }

    private DecisionUnderAppeal of(CpdRejection rejection) {
        var deciders = accounts.findByEmail(rejection.rejectedBy()).map(a -> Set.of(a.id())).orElse(Set.of());
        return cpdRejection(rejection.activityId(), rejection.accountId(), rejection.rejectedOn(), deciders,
                rejection.title(), rejection.reason());
    }

    private DecisionUnderAppeal of(Revocation revocation) {
        return revocation(revocation.certificationId(), revocation.holderAccountId(), revocation.revokedOn(),
                Set.of(revocation.revokedByAccountId()), revocation.designationCode(), revocation.explanation());
    }

    private static DecisionUnderAppeal cpdRejection(long activityId, long accountId, LocalDate rejectedOn,
            Set<Long> deciders, String title, String reason) {
        return new DecisionUnderAppeal(AppealKind.CPD_REJECTION, activityId, accountId, rejectedOn, deciders, title,
                reason, Text.of("appeals.subject.cpd", title), List.of(Text.of("appeals.file.cpd.activity", title),
                        Text.of("appeals.file.cpd.rejected", rejectedOn), Text.of("appeals.file.cpd.reason", reason)),
                List.of());
    }

    private static DecisionUnderAppeal revocation(long certificationId, long holderId, LocalDate revokedOn,
            Set<Long> deciders, String designationCode, String explanation) {
        return new DecisionUnderAppeal(AppealKind.REVOCATION, certificationId, holderId, revokedOn, deciders,
                designationCode, explanation, Text.of("appeals.subject.revocation", designationCode),
                List.of(Text.of("appeals.file.revocation.revoked", designationCode, revokedOn),
                        Text.of("appeals.file.revocation.explanation", explanation)), List.of());
    }
}
