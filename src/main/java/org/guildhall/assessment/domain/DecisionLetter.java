package org.guildhall.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.assessment.DomainResult;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.Rubric;
import org.guildhall.documents.PdfLayout;
import org.guildhall.shared.Text;

/**
 * The letter the candidate receives with the panel's decision, in the candidate's language. It speaks for the
 * panel as a whole: it names no assessor and shows no score, only the outcome and the words the panel addressed to
 * the candidate.
 */
public final class DecisionLetter {

    private DecisionLetter() {
    }

    /**
     * @param words puts a message into {@code language}, the candidate's
     * @param verdicts the outcome per competency domain, in the rubric's order (none for an older decision)
     * @param carriedOver the domains met at an earlier decision and carried over into this one (a partial
     *        resubmission), which the letter says
     */
    public static byte[] write(Function<Text, String> words, Locale language, String candidateName,
            String designation, LocalDate date, PanelOutcome outcome, String messageToCandidate, Rubric rubric,
            List<DomainVerdict> verdicts, Set<String> carriedOver) {
        return write(words, language, candidateName, designation, date, outcome.letterText(), messageToCandidate,
                rubric, verdicts, carriedOver);
    }

    /**
     * The letter reissued when an appeal upheld against the panel's decision replaced it by an award (ISO/IEC
     * 17024, 9.8): it says the designation was awarded on appeal and when, gives the appeal panel's reasons, and
     * carries the replacement decision's outcome per domain.
     *
     * @param verdicts the replacement decision's outcome per domain, in the rubric's order
     */
    public static byte[] reissuedOnAppeal(Function<Text, String> words, Locale language, String candidateName,
            String designation, LocalDate awardedOn, String appealReasons, Rubric rubric,
            List<DomainVerdict> verdicts) {
        return write(words, language, candidateName, designation, awardedOn,
                Text.of("assessment.letter.awarded-on-appeal", awardedOn), appealReasons, rubric, verdicts,
                Set.of());
    }

    /**
     * The replacement decision's outcome per domain after an upheld appeal awarded the designation: a domain the
     * panel found met stays as it wrote it; one it found not yet met is met on appeal, with {@code metOnAppeal}
     * as its feedback. A decision older than per-domain outcomes has none to replace.
     */
    public static List<DomainVerdict> replacedOnAppeal(List<DomainVerdict> decided, String metOnAppeal) {
        return decided.stream().map(verdict -> verdict.met() ? verdict
                : new DomainVerdict(verdict.domainCode(), DomainResult.MET, metOnAppeal)).toList();
    }

    private static byte[] write(Function<Text, String> words, Locale language, String candidateName,
            String designation, LocalDate date, Text outcome, String messageToCandidate, Rubric rubric,
            List<DomainVerdict> verdicts, Set<String> carriedOver) {
        var letter = PdfLayout.portrait(words.apply(Text.of("assessment.letter.title", candidateName, designation)),
                        language)
                .withPageNumbers()
                .paragraph(PdfLayout.INSTITUTE, PdfLayout.Style.BODY.bold().size(12))
                .paragraph(words.apply(Text.of("assessment.letter.date", date)))
                .paragraph(words.apply(Text.of("assessment.letter.greeting", candidateName)))
                .heading(1, words.apply(Text.of("assessment.letter.heading", designation)))
                .paragraph(words.apply(outcome))
                .paragraph(messageToCandidate);
        if (!verdicts.isEmpty()) {
            Map<String, Text> domainNames = rubric.domains().stream()
                    .collect(Collectors.toMap(Rubric.Domain::code, Rubric.Domain::text));
            letter.heading(2, words.apply(Text.of("assessment.letter.domains")))
                    .table(List.of(new PdfLayout.Column(words.apply(Text.of("assessment.letter.domain")), 0.2f),
                                    new PdfLayout.Column(words.apply(Text.of("assessment.letter.result")), 0.2f),
                                    new PdfLayout.Column(words.apply(Text.of("assessment.letter.feedback")), 0.6f)),
                            verdicts.stream().map(verdict -> List.of(
                                    words.apply(domainNames.getOrDefault(verdict.domainCode(),
                                            Text.of(verdict.domainCode()))),
                                    carriedOver.contains(verdict.domainCode())
                                            ? words.apply(Text.of("assessment.letter.carried-over"))
                                            : words.apply(Objects.requireNonNull(verdict.result()).text()),
                                    verdict.feedback())).toList());
        }
        if (!carriedOver.isEmpty()) {
            letter.paragraph(words.apply(Text.of("assessment.letter.carried-over.note", rubric.domains().stream()
                    .filter(domain -> carriedOver.contains(domain.code()))
                    .map(domain -> words.apply(domain.text())).collect(Collectors.joining(", ")))));
        }
        return letter.paragraph(words.apply(Text.of("assessment.letter.closing"))).toBytes();
    }
}
