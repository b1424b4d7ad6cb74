package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.guildhall.certification.CertificationEvents.CertificationReissued;
import org.guildhall.certification.domain.CertificationRepository;
import org.guildhall.certification.domain.HistoryEntry;
import org.guildhall.certification.domain.HistoryEntryRepository;
import org.guildhall.certification.domain.NameChangeRequest;
import org.guildhall.certification.domain.NameChangeRequestRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name changes on credentials (issue 17): a holder asks with a reason and evidence, one request at a time; the
 * registrar approves, which reissues every certification of theirs not revoked in the new name (same code and
 * dates, the next issue number, the old name kept in its history), or refuses with a reason the holder reads.
 */
@Service
@Transactional
public class NameChangeService {

    private final NameChangeRequestRepository requests;
    private final CertificationRepository certifications;
    private final HistoryEntryRepository history;
    private final DocumentService documents;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    NameChangeService(NameChangeRequestRepository requests, CertificationRepository certifications,
            HistoryEntryRepository history, DocumentService documents, AccountService accounts,
            ApplicationEventPublisher publisher, Clock clock) {
        this.requests = requests;
        this.certifications = certifications;
        this.history = history;
        this.documents = documents;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The signed-in holder asks for their credentials to be issued in a new name. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public NameChangeSummary request(NameChangeData data) {
        long holder = accounts.currentAccount().id();
        var held = certifications.findByHolderAccountIdOrderByAwardedOnDesc(holder).stream()
                .filter(certification -> certification.toSummary(today()).status() != CertificationStatus.REVOKED)
                .findFirst()
                .orElseThrow(() -> new CertificationRefusedException("certification.name-change.nothing-held"));
        if (requests.existsByHolderAccountIdAndState(holder, NameChangeState.PENDING)) {
            throw new CertificationRefusedException("certification.name-change.already-waiting");
        }
        var problems = new ArrayList<>(NameChangeRequest.problemsWith(held.holderName(), data));
        UUID evidence = data.evidenceDocumentId();
        if (evidence == null || !documents.allOwnedBySignedIn(List.of(evidence))) {
            problems.add(new FieldProblem(NameChangeData.EVIDENCE_DOCUMENT_ID,
                    "certification.name-change.evidence-needed"));
        }
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
        return requests.save(new NameChangeRequest(holder, held.holderName(), data, evidence, clock.instant()))
                .toSummary();
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional(readOnly = true)
    public List<NameChangeSummary> myRequests() {
        return requests.findByHolderAccountIdOrderByRequestedAtDesc(accounts.currentAccount().id()).stream()
                .map(NameChangeRequest::toSummary).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(readOnly = true)
    public List<NameChangeSummary> pending() {
        return requests.findByStateOrderByRequestedAtAsc(NameChangeState.PENDING).stream()
                .map(NameChangeRequest::toSummary).toList();
    }

    /** Approves and reissues the holder's certifications (not revoked) in the new name, each audited. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public NameChangeSummary approve(long requestId) {
        var request = locked(requestId);
        long registrar = accounts.currentAccount().id();
        request.approve(registrar, clock.instant());
        for (var held : certifications.findByHolderAccountIdOrderByAwardedOnDesc(request.holderAccountId())) {
            var certification = certifications.lockById(held.id());
            if (certification.toSummary(today()).status() == CertificationStatus.REVOKED
                    || certification.holderName().equals(request.requestedName())) {
                continue;
            }
            String previous = certification.holderName();
            certification.reissueInName(request.requestedName(), today());
            history.save(new HistoryEntry(certification.id(), clock.instant(), registrar,
                    CertificationAction.REISSUED, "In the name " + request.requestedName() + ", previously "
                            + previous + " (name change request " + request.id() + ": " + request.reason() + ")"));
            var reissued = certification.toSummary(today());
            publisher.publishEvent(new CertificationReissued(reissued.id(), reissued.issueNumber(),
                    reissued.holderAccountId(), reissued.designationCode(), request.requestedName()));
        }
        return request.toSummary();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public NameChangeSummary refuse(long requestId, String reason) {
        var request = locked(requestId);
        request.refuse(accounts.currentAccount().id(), clock.instant(), reason);
        return request.toSummary();
    }

    /** Whether this document is the evidence of a name change request, which registrars may read. */
    @Transactional(readOnly = true)
    public boolean isNameChangeEvidence(UUID documentId) {
        return requests.existsByEvidenceDocumentId(documentId);
    }

    private NameChangeRequest locked(long requestId) {
        if (!requests.existsById(requestId)) {
            throw new CertificationRefusedException("certification.name-change.none");
        }
        return requests.lockById(requestId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
