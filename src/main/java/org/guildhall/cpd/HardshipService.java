package org.guildhall.cpd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.cpd.CpdEvents.HardshipDecided;
import org.guildhall.cpd.domain.HardshipRelief;
import org.guildhall.cpd.domain.HardshipRequest;
import org.guildhall.cpd.domain.HardshipRequestRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.settings.Settings;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relief for members in hardship (issue 19): a member asks for an extension of a certification's cycle or a pause,
 * with dates, a reason and evidence; the registrar extends the cycle's end (within
 * {@link CpdSettings#EXTENSION_MAX_MONTHS}), pauses it (the requirement lowered pro rata, within
 * {@link CpdSettings#PAUSE_MAX_MONTHS}) or refuses with a reason, and the member is told. The certification module
 * holds the cycle's end and requirement, so bars, forecast, reminders, renewal window and lapse follow at once.
 */
@Service
@Transactional(readOnly = true)
public class HardshipService {

    private final HardshipRequestRepository requests;
    private final CertificationService certifications;
    private final CertificationAwards awards;
    private final DocumentService documents;
    private final AccountService accounts;
    private final Settings settings;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    HardshipService(HardshipRequestRepository requests, CertificationService certifications,
            CertificationAwards awards, DocumentService documents, AccountService accounts, Settings settings,
            ApplicationEventPublisher publisher, Clock clock) {
        this.requests = requests;
        this.certifications = certifications;
        this.awards = awards;
        this.documents = documents;
        this.accounts = accounts;
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
    }

    // --- The member ---------------------------------------------------------------------------------------------

    /** The signed-in member's certifications that may still be relieved: current and not yet expired. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<CertificationSummary> relievable() {
        return certifications.certificationsOf(accounts.currentAccount().id()).stream()
                .filter(certification -> certification.status().isCurrent() && !certification.cycleExpired())
                .toList();
    }

    /** Asks for relief from one of the signed-in member's current cycles; every problem is refused on its field. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public long request(HardshipRequestData data) {
        long me = accounts.currentAccount().id();
        var problems = new ArrayList<FieldProblem>();
        var certification = data.certificationId() == null ? null : relievable().stream()
                .filter(held -> held.id() == data.certificationId()).findFirst().orElse(null);
        if (certification == null) {
            problems.add(new FieldProblem(HardshipRequestData.CERTIFICATION_ID, "cpd.hardship.request.certification-needed"));
        }
        if (data.kind() == null) {
            problems.add(new FieldProblem(HardshipRequestData.KIND, "cpd.hardship.request.kind-needed"));
        }
        if (data.reason() == null) {
            problems.add(new FieldProblem(HardshipRequestData.REASON, "cpd.hardship.request.reason-needed"));
        }
        problems.addAll(datesProblems(data, certification));
        String explanation = data.explanation().strip();
        if (explanation.isEmpty()) {
            problems.add(new FieldProblem(HardshipRequestData.EXPLANATION, "cpd.hardship.request.explanation-needed"));
        } else if (explanation.length() > HardshipRequestData.MAX_EXPLANATION) {
            problems.add(new FieldProblem(HardshipRequestData.EXPLANATION,
                    Text.of("cpd.hardship.request.explanation-too-long", HardshipRequestData.MAX_EXPLANATION)));
        }
        // Owned, not merely readable: the evidence must be the member's own upload.
        if (data.evidenceDocumentId() == null || !documents.allOwnedBySignedIn(List.of(data.evidenceDocumentId()))) {
            problems.add(new FieldProblem(HardshipRequestData.EVIDENCE_DOCUMENT_ID,
                    "cpd.hardship.request.evidence-needed"));
        }
        if (!problems.isEmpty()) {
            throw new CpdRefusedException(problems);
        }
        if (requests.existsNotRefused(certification.id(), certification.cycleNumber())) {
            throw onceACycle(certification);
        }
        try {
            return requests.saveAndFlush(new HardshipRequest(me, certification.id(), certification.cycleNumber(),
                    certification.designationCode(), data.kind(), data.reason(), data.startsOn(), data.endsOn(),
                    explanation, data.evidenceDocumentId(), clock.instant())).id();
        } catch (DataIntegrityViolationException sameInstant) {
            // uk_cpd_hardship_open: the same cycle's request sent twice at once; the second gets the same answer.
            throw onceACycle(certification);
        }
    }

    /** The signed-in member's requests, newest first. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<HardshipSummary> myRequests() {
        var me = accounts.currentAccount();
        return requests.findByAccountIdOrderByRequestedAtDesc(me.id()).stream()
                .map(request -> new HardshipSummary(request.id(), me.fullName(), null, request.designationCode(),
                        request.kind(), request.reason(), request.startsOn(), request.endsOn(), request.state(),
                        request.requestedAt()))
                .toList();
    }

    // --- The registrar ------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public HardshipDetails forDecision(long id) {
        var request = requests.findById(id).orElseThrow(() -> new CpdRefusedException("cpd.hardship.not-found"));
        var certification = certifications.certification(request.certificationId());
        var cycle = certification.cycle();
        int longestPause = HardshipRelief.longestPause(cycle, settings.intToday(CpdSettings.PAUSE_MAX_MONTHS));
        return new HardshipDetails(request.id(), request.accountId(),
                accounts.summaryOf(request.accountId()).fullName(), certification.id(),
                certification.designationCode(), certification.designationName(), request.cycleNumber(),
                cycle.startsOn(), cycle.lastValidDay(), certification.cpdHoursRequired(), request.kind(),
                request.reason(), request.startsOn(), request.endsOn(), request.explanation(),
                request.evidenceDocumentId(), request.state(), request.requestedAt(),
                HardshipRelief.latestValidUntil(cycle, settings.intToday(CpdSettings.EXTENSION_MAX_MONTHS)),
                Math.min(longestPause, HardshipRelief.wholeMonths(request.startsOn(), request.endsOn())),
                request.decisionNote(), request.pausedMonths(), request.grantedRequired());
    }

    /** Moves the cycle's end to the day after {@code decision.validUntil()}, within the limit in force today. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void grantExtension(long id, HardshipDecisionData decision) {
        var request = locked(id);
        var certification = cycleOf(request);
        var cycle = certification.cycle();
        HardshipRelief.extensionProblem(cycle, decision.validUntil(),
                        settings.intToday(CpdSettings.EXTENSION_MAX_MONTHS))
                .ifPresent(problem -> {
                    throw new CpdRefusedException(List.of(problem));
                });
        var newExpiresOn = decision.validUntil().plusDays(1);
        Instant now = clock.instant();
        String note = note(decision.note());
        request.grantExtension(cycle.expiresOn(), newExpiresOn, registrar(), now, note);
        awards.extendCycle(certification.id(), request.cycleNumber(), newExpiresOn);
        publisher.publishEvent(new HardshipDecided(id, request.accountId(), certification.designationName(),
                HardshipState.EXTENDED, decision.validUntil(), null, null, note == null ? "" : note, now));
    }

    /** Lowers the cycle's requirement pro rata for {@code decision.pausedMonths()}, within the limit in force today. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void grantPause(long id, HardshipDecisionData decision) {
        var request = locked(id);
        var certification = cycleOf(request);
        var cycle = certification.cycle();
        HardshipRelief.pauseProblem(cycle, decision.pausedMonths(), settings.intToday(CpdSettings.PAUSE_MAX_MONTHS))
                .ifPresent(problem -> {
                    throw new CpdRefusedException(List.of(problem));
                });
        int months = decision.pausedMonths();
        int required = HardshipRelief.reducedRequirement(certification.cpdHoursRequired(),
                HardshipRelief.cycleMonths(cycle), months);
        Instant now = clock.instant();
        String note = note(decision.note());
        request.grantPause(certification.cpdHoursRequired(), months, required, registrar(), now, note);
        awards.reduceRequirement(certification.id(), request.cycleNumber(), required);
        publisher.publishEvent(new HardshipDecided(id, request.accountId(), certification.designationName(),
                HardshipState.PAUSED, null, months, required, note == null ? "" : note, now));
    }

    /** Refuses the request with the reason the member reads. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void refuse(long id, HardshipDecisionData decision) {
        var request = locked(id);
        String reason = note(decision.note());
        if (reason == null) {
            throw CpdRefusedException.onField(HardshipDecisionData.NOTE, "cpd.hardship.decision.reason-needed");
        }
        Instant now = clock.instant();
        request.refuse(reason, registrar(), now);
        var certification = certifications.certification(request.certificationId());
        publisher.publishEvent(new HardshipDecided(id, request.accountId(), certification.designationName(),
                HardshipState.REFUSED, null, null, null, reason, now));
    }

    /** Whether the document is evidence for a hardship request, so registrars may read it. */
    public boolean isHardshipEvidence(UUID documentId) {
        return requests.existsByEvidenceDocumentId(documentId);
    }

    /** The granted reliefs of a certification, by cycle: the transcript prints them. */
    List<HardshipRequest> grantedFor(long certificationId) {
        return requests.grantedFor(certificationId);
    }

    private List<FieldProblem> datesProblems(HardshipRequestData data, @Nullable CertificationSummary certification) {
        var problems = new ArrayList<FieldProblem>();
        if (data.startsOn() == null) {
            problems.add(new FieldProblem(HardshipRequestData.STARTS_ON, "cpd.hardship.request.starts-on-needed"));
        }
        if (data.endsOn() == null) {
            problems.add(new FieldProblem(HardshipRequestData.ENDS_ON, "cpd.hardship.request.ends-on-needed"));
        } else if (data.startsOn() != null && data.endsOn().isBefore(data.startsOn())) {
            problems.add(new FieldProblem(HardshipRequestData.ENDS_ON, "cpd.hardship.request.ends-before-start"));
        }
        if (certification != null && data.startsOn() != null && data.endsOn() != null
                && (data.endsOn().isBefore(certification.cycle().startsOn())
                        || !data.startsOn().isBefore(certification.cycle().expiresOn()))) {
            problems.add(new FieldProblem(HardshipRequestData.STARTS_ON, Text.of("cpd.hardship.request.outside-cycle",
                    certification.cycle().startsOn(), certification.cycle().lastValidDay())));
        }
        return problems;
    }

    private static CpdRefusedException onceACycle(CertificationSummary certification) {
        return CpdRefusedException.onField(HardshipRequestData.CERTIFICATION_ID,
                Text.of("cpd.hardship.request.once-a-cycle", certification.designationCode()));
    }

    private HardshipRequest locked(long id) {
        return requests.lockById(id).orElseThrow(() -> new CpdRefusedException("cpd.hardship.not-found"));
    }

    /** The certification while the request's cycle is still its current one. */
    private CertificationSummary cycleOf(HardshipRequest request) {
        try {
            var certification = certifications.certification(request.certificationId());
            if (certification.cycleNumber() != request.cycleNumber() || !certification.status().isCurrent()) {
                throw new CpdRefusedException("cpd.hardship.decision.cycle-over");
            }
            return certification;
        } catch (CertificationNotFoundException gone) {
            throw new CpdRefusedException("cpd.hardship.not-found");
        }
    }

    private String registrar() {
        return accounts.currentAccount().email();
    }

    private static @Nullable String note(String typed) {
        String note = typed.strip();
        if (note.length() > HardshipDecisionData.MAX_NOTE) {
            throw CpdRefusedException.onField(HardshipDecisionData.NOTE,
                    Text.of("cpd.hardship.decision.note-too-long", HardshipDecisionData.MAX_NOTE));
        }
        return note.isEmpty() ? null : note;
    }
}
