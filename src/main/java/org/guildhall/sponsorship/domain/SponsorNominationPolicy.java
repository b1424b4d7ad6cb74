package org.guildhall.sponsorship.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.NominationData;
import org.guildhall.sponsorship.SponsorshipRefusedException;
import org.guildhall.sponsorship.SponsorshipStatus;
import org.jspecify.annotations.Nullable;

/**
 * Who an Associate applicant may nominate (seed 000: "two member sponsors"): two distinct members in good
 * standing, not themselves, not someone already asked, and a third only to replace one who declined.
 * <p>
 * The applicant names a sponsor by member number or email <em>and</em> surname (issue 11): a request goes out only
 * when both fit one member who may sponsor, and the applicant is told the same either way, so neither a number
 * nor an email gives away who is behind it, or whether they are a member in good standing.
 */
public final class SponsorNominationPolicy {

    public static final int SPONSORS_NEEDED = 2;
    /** An email address is at most 254 characters (RFC 5321); a member number is far shorter. */
    public static final int MAX_MEMBER_NUMBER_OR_EMAIL = 254;
    /** As long as the longest full name an account may have. */
    public static final int MAX_SURNAME = 120;

    private SponsorNominationPolicy() {
    }

    /**
     * Refuses a nomination that names nobody (issue 11: both the number or email and the surname are needed), with
     * every problem on the field it concerns at once.
     *
     * @throws SponsorshipRefusedException naming each field that is blank or too long
     */
    public static void checkEntry(NominationData entry) {
        var problems = new ArrayList<FieldProblem>();
        checkText(problems, NominationData.MEMBER_NUMBER_OR_EMAIL, entry.memberNumberOrEmail(),
                "sponsorship.nominate.member-needed", MAX_MEMBER_NUMBER_OR_EMAIL);
        checkText(problems, NominationData.SURNAME, entry.surname(),
                "sponsorship.nominate.surname-needed", MAX_SURNAME);
        if (!problems.isEmpty()) {
            throw new SponsorshipRefusedException(problems);
        }
    }

    private static void checkText(List<FieldProblem> problems, String field, @Nullable String value, String missing,
            int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, missing));
        } else if (value.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, Text.of("sponsorship.nominate.too-long", maxLength)));
        }
    }

    /** The candidate as the nomination sees them. */
    public record Candidate(long accountId, String name, boolean isMember, boolean inGoodStanding) {
    }

    /**
     * Whether the surname the applicant gave is the end of the member's name: their last name, or the last few
     * words of it ("van der Berg", "der Berg" and "Berg" all fit "Jan van der Berg"), ignoring case, accents and
     * extra spaces.
     */
    public static boolean matchesSurname(String fullName, String givenSurname) {
        var given = words(givenSurname);
        var name = words(fullName);
        if (given.isEmpty() || given.size() > name.size()) {
            return false;
        }
        return name.subList(name.size() - given.size(), name.size()).equals(given);
    }

    /** What the applicant sees of a sponsor who has not answered yet: the surname they gave, no more. */
    public static String surnameOf(String fullName) {
        var name = fullName.strip().split("\\s+");
        return name[name.length - 1];
    }

    /** Whether this candidate already has a request from the application that is not declined: asking again is a no-op. */
    public static boolean alreadyAsked(Candidate candidate, List<Sponsorship> existing) {
        return existing.stream().anyMatch(s -> s.sponsorAccountId() == candidate.accountId()
                && s.status() != SponsorshipStatus.DECLINED);
    }

    /** Why no one at all can be nominated now, or empty when someone can: a refusal that says nothing about anyone. */
    public static Optional<Text> refusal(List<Sponsorship> existing) {
        long open = existing.stream().filter(s -> s.status() != SponsorshipStatus.DECLINED).count();
        return open >= SPONSORS_NEEDED
                ? Optional.of(Text.of("sponsorship.nominate.two-already"))
                : Optional.empty();
    }

    /** Whether a request goes to this candidate: a member in good standing, not the applicant, not asked before. */
    public static boolean mayBeAsked(long applicantAccountId, Candidate candidate, List<Sponsorship> existing) {
        return candidate.accountId() != applicantAccountId
                && candidate.isMember()
                && candidate.inGoodStanding()
                && existing.stream().noneMatch(s -> s.sponsorAccountId() == candidate.accountId());
    }

    /** Whether enough sponsors have accepted for the application to go to the registrar. */
    public static boolean isFullySponsored(List<Sponsorship> sponsorships) {
        return sponsorships.stream().filter(s -> s.status() == SponsorshipStatus.ACCEPTED).count() >= SPONSORS_NEEDED;
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
    }
}
