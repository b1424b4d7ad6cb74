package org.guildhall.membership;

import java.util.Optional;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.domain.MembershipRepository;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.payment.InvoiceSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own membership year (issue 16): status and term end, the subscription to pay, early renewal,
 * resignation at term end and reinstatement after a lapse. Members reach only their own membership.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
public class SubscriptionService {

    private final MembershipRepository memberships;
    private final MembershipYear year;
    private final YearDetails details;
    private final AccountService accounts;

    SubscriptionService(MembershipRepository memberships, MembershipYear year, YearDetails details,
            AccountService accounts) {
        this.memberships = memberships;
        this.year = year;
        this.details = details;
        this.accounts = accounts;
    }

    /** The signed-in member's year; empty while the membership record is being set up. */
    public Optional<SubscriptionDetails> mySubscription() {
        return memberships.findById(me()).map(details::of);
    }

    /** Asks for the renewal invoice now; asking again returns the same invoice. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public InvoiceSummary renewEarly() {
        return year.renewEarly(me());
    }

    /** Resigns at the end of the paid term; an open renewal invoice is cancelled. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void resign() {
        year.resign(me(), "Resigned by the member.", accounts.currentAccount().email());
    }

    /** A lapsed member's reinstatement invoice (the member number is kept); asking again returns the same. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public InvoiceSummary reinstate() {
        return year.reinstate(me());
    }

    private long me() {
        return accounts.currentAccount().id();
    }
}
