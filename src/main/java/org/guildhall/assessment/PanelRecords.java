package org.guildhall.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

import org.guildhall.assessment.domain.AuditEntry;
import org.guildhall.assessment.domain.AuditEntryRepository;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelMember;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.Score;
import org.guildhall.assessment.domain.ScoreRepository;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.identity.AccountService;
import org.guildhall.settings.Settings;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What the assessment services need: who may open a panel (registrars, and assessors seated on it; to anyone
 * else it does not exist), how a panel reads, and the audit line every change writes in its transaction.
 */
@Component
class PanelRecords {

    private final PanelRepository panels;
    private final ScoreRepository scores;
    private final AuditEntryRepository audit;
    private final Settings settings;
    private final AccountService accounts;
    private final DesignationCatalogue catalogue;
    private final Clock clock;

    PanelRecords(PanelRepository panels, ScoreRepository scores, AuditEntryRepository audit,
            Settings settings, AccountService accounts, DesignationCatalogue catalogue,
            Clock clock) {
        this.settings = settings;
        this.panels = panels;
        this.scores = scores;
        this.audit = audit;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    Panel readable(long panelId, AccountSummary reader) {
        return panels.findById(panelId)
                .filter(panel -> reader.has(Role.REGISTRAR) || panel.activeSeatOf(reader.id()).isPresent())
                .orElseThrow(() -> new PanelNotFoundException(panelId));
    }

    /** The panel at the version the reader saw; a save in between means they decide on stale facts. */
    Panel atVersion(long panelId, long seenVersion, AccountSummary reader) {
        var panel = readable(panelId, reader);
        if (panel.version() != seenVersion) {
            throw new AssessmentChangedConcurrentlyException("panel");
        }
        return panel;
    }

    void record(Panel panel, AccountSummary actor, String action, String detail) {
        audit.save(new AuditEntry(panel.id(), actor.id(), actor.fullName(), action, detail, clock.instant()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A panel's size is the one in force on the day it was formed: a later change leaves it as it was seated. */
    int panelSize(Panel panel) {
        return settings.intOn(AssessmentSettings.PANEL_SIZE, formedOn(panel));
    }

    /** The spread that flags a disagreement on the panel, as it stood on the day the panel was formed. */
    int disagreementSpread(Panel panel) {
        return settings.intOn(AssessmentSettings.DISAGREEMENT_SPREAD, formedOn(panel));
    }

    /** The size a panel formed today takes. */
    int panelSizeToday() {
        return settings.intOn(AssessmentSettings.PANEL_SIZE, today());
    }

    /** The due date proposed for a panel formed today. */
    LocalDate defaultDueDate() {
        return today().plusDays(settings.intOn(AssessmentSettings.DAYS_TO_SCORE, today()));
    }

    private LocalDate formedOn(Panel panel) {
        return LocalDate.ofInstant(panel.formedAt(), clock.getZone());
    }

    String designationName(String code) {
        return catalogue.all().stream().filter(d -> d.code().equals(code)).map(DesignationSummary::fullName)
                .findFirst().orElse(code);
    }

    String nameOf(long accountId) {
        return accounts.summaryOf(accountId).fullName();
    }

    PanelDetail detail(Panel panel, AccountSummary reader) {
        Map<Long, Boolean> submitted = new HashMap<>();
        scores.findByPanelId(panel.id()).forEach(s -> submitted.put(s.assessorAccountId(), s.isSubmitted()));
        boolean late = today().isAfter(panel.dueOn()) && panel.status() != PanelStatus.DECIDED;
        var members = panel.members().stream().map(member -> {
            boolean in = submitted.getOrDefault(member.assessorAccountId(), false);
            return new PanelDetail.Member(member.id(), member.assessorAccountId(), nameOf(member.assessorAccountId()),
                    member.isChair(), member.isRecused(), member.recusalReason(), member.conflictOverride(), in,
                    late && !in && !member.isRecused());
        }).toList();
        var me = members.stream().filter(m -> m.assessorAccountId() == reader.id() && !m.recused()).findFirst()
                .orElse(null);
        var interview = panel.interviewAt() == null ? null
                : new PanelDetail.Interview(panel.interviewAt(), panel.interviewPlace(), panel.interviewOutcome());
        var decision = panel.outcome() == null ? null
                : new PanelDetail.Decision(panel.outcome(), panel.rationale(), panel.candidateMessage(),
                        panel.decidedAt(), panel.letterDocumentId(), panel.domainVerdicts());
        return new PanelDetail(panel.id(), panel.version(), panel.portfolioId(), panel.portfolioVersion(),
                panel.candidateAccountId(), nameOf(panel.candidateAccountId()), panel.designationCode(),
                designationName(panel.designationCode()), panel.dueOn(), panel.status(),
                panelSize(panel), members, me,
                reader.has(Role.REGISTRAR), interview, decision);
    }

    /**
     * The panel as a queue lists it, from facts read for the whole queue at once: which seats have submitted their
     * score, and the candidate's name. A seat still out after the due date is overdue; the reader's own seat decides
     * for an assessor, any seat for a registrar.
     */
    PanelSummary summary(Panel panel, long readerId, LongPredicate scoreSubmitted, String candidateName) {
        boolean late = today().isAfter(panel.dueOn()) && panel.status() != PanelStatus.DECIDED;
        var active = panel.activeMembers();
        int in = (int) active.stream().filter(seat -> scoreSubmitted.test(seat.assessorAccountId())).count();
        var mine = active.stream().filter(seat -> seat.assessorAccountId() == readerId).findFirst();
        boolean overdue = late && (mine.isPresent() ? !scoreSubmitted.test(readerId)
                : active.stream().anyMatch(seat -> !scoreSubmitted.test(seat.assessorAccountId())));
        return new PanelSummary(panel.id(), candidateName, panel.designationCode(), panel.dueOn(), panel.status(),
                in, active.size(), overdue, mine.map(PanelMember::isChair).orElse(false));
    }

    Score scoreOf(PanelMember member) {
        return scores.findByPanelIdAndAssessorAccountId(member.panelId(), member.assessorAccountId())
                .orElseThrow(() -> new AssessmentRefusedException("assessment.score.none-yet"));
    }

    /** The reader's own active seat on the panel; anyone not seated is refused. */
    PanelMember seat(Panel panel, AccountSummary me) {
        return panel.activeSeatOf(me.id())
                .orElseThrow(() -> new AssessmentRefusedException("assessment.panel.not-seated"));
    }

    Score flush(Score score) {
        try {
            return scores.saveAndFlush(score);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new AssessmentChangedConcurrentlyException("score");
        }
    }

    static void requireText(String text, String message) {
        if (text.isBlank()) {
            throw new AssessmentRefusedException(message);
        }
    }
}
