package org.guildhall.privacy;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountErasure;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.privacy.domain.ErasureRequest;
import org.guildhall.privacy.domain.ErasureRequestRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's queue of requests to be forgotten: approving carries the erasure out at once, every module
 * erasing or pseudonymising its part in one transaction (the account last), and logs what was erased and what
 * kept under Art. 17(3), and the account is pseudonymised last; refusing needs a reason, which the person is told.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
public class ErasureReview {

    private final ErasureRequestRepository requests;
    private final ObjectProvider<PersonalDataContributor> contributors;
    private final AccountErasure accountErasure;
    private final AccountDirectory directory;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ErasureReview(ErasureRequestRepository requests, ObjectProvider<PersonalDataContributor> contributors,
            AccountErasure accountErasure, AccountDirectory directory, AccountService accounts,
            ApplicationEventPublisher publisher, Clock clock) {
        this.requests = requests;
        this.contributors = contributors;
        this.accountErasure = accountErasure;
        this.directory = directory;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Requests waiting for a decision, oldest first. */
    public List<ErasureRequestSummary> waiting(Pageable page) {
        return withNames(requests.findByStatusOrderByRequestedAt(ErasureStatus.REQUESTED, page));
    }

    /** Decided requests, latest first: the log of every request and its outcome. */
    public List<ErasureRequestSummary> decided(Pageable page) {
        return withNames(requests.findByStatusNotOrderByDecidedAtDesc(ErasureStatus.REQUESTED, page));
    }

    /** Erases the person's data now; the outcome lists, module by module, what was erased and what kept. */
    @Transactional
    public ErasureRequestSummary approve(long requestId) {
        var request = load(requestId);
        if (request.status() != ErasureStatus.REQUESTED) {
            throw new PrivacyRefusedException("privacy.erasure.already-decided");
        }
        var log = new ErasureLog();
        contributors.orderedStream().forEach(contributor -> contributor.erase(request.accountId(), log));
        // Last: the other parts may still need the account as it was (the address emails went to).
        if (accountErasure.forget(request.accountId())) {
            log.erased("account", "account", 1);
        }
        request.erased(accounts.currentAccount().email(), clock.instant(), ErasureOutcome.write(log));
        return request.toSummary(nameOf(request.accountId()));
    }

    /** Turns the request down with a reason the person is told. */
    @Transactional
    public ErasureRequestSummary refuse(long requestId, String reason) {
        var request = load(requestId);
        request.refuse(accounts.currentAccount().email(), clock.instant(), reason);
        publisher.publishEvent(new ErasureRefused(request.id(), request.accountId(), reason.strip()));
        return request.toSummary(nameOf(request.accountId()));
    }

    private ErasureRequest load(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new PrivacyRefusedException("privacy.erasure.not-found"));
    }

    private String nameOf(long accountId) {
        return directory.namesOf(List.of(accountId)).getOrDefault(accountId, "");
    }

    private List<ErasureRequestSummary> withNames(List<ErasureRequest> found) {
        var names = directory.namesOf(found.stream().map(ErasureRequest::accountId).collect(Collectors.toSet()));
        return found.stream().map(request -> request.toSummary(names.getOrDefault(request.accountId(), ""))).toList();
    }
}
