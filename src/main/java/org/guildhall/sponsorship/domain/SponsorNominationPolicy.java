package org.guildhall.sponsorship.domain;

import java.util.List;
import java.util.Optional;

import org.guildhall.sponsorship.SponsorshipStatus;

/**
 * Who an Associate applicant may nominate (seed 000: "two member sponsors"): two distinct members in good
 * standing, not themselves, not someone already asked, and a third only to replace one who declined.
 */
public final class SponsorNominationPolicy {

    public static final int SPONSORS_NEEDED = 2;

    private SponsorNominationPolicy() {
    }

    /** The candidate as the nomination sees them. */
    public record Candidate(long accountId, String name, boolean isMember, boolean inGoodStanding) {
    }

    /** Why the candidate cannot be nominated, or empty when they can. */
    public static Optional<String> refusal(long applicantAccountId, Candidate candidate, List<Sponsorship> existing) {
        if (candidate.accountId() == applicantAccountId) {
            return Optional.of("You cannot sponsor your own application.");
        }
        var earlier = existing.stream().filter(s -> s.sponsorAccountId() == candidate.accountId()).findFirst();
        if (earlier.isPresent()) {
            return Optional.of(earlier.get().status() == SponsorshipStatus.DECLINED
                    ? candidate.name() + " has declined; nominate another member."
                    : "You have already nominated " + candidate.name() + ".");
        }
        if (!candidate.isMember()) {
            return Optional.of(candidate.name() + " is not a member of the institute; sponsors must be members.");
        }
        if (!candidate.inGoodStanding()) {
            return Optional.of(candidate.name() + "'s membership is not in good standing, so they cannot sponsor.");
        }
        long open = existing.stream().filter(s -> s.status() != SponsorshipStatus.DECLINED).count();
        if (open >= SPONSORS_NEEDED) {
            return Optional.of("You already have two sponsors; nominate another only if one declines.");
        }
        return Optional.empty();
    }

    /** Whether enough sponsors have accepted for the application to go to the registrar. */
    public static boolean isFullySponsored(List<Sponsorship> sponsorships) {
        return sponsorships.stream().filter(s -> s.status() == SponsorshipStatus.ACCEPTED).count() >= SPONSORS_NEEDED;
    }
}
