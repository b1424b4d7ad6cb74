package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.cpd.EvidenceWarning;
import org.jspecify.annotations.Nullable;

/**
 * The text of an activity's evidence, read for what ISACA's "compliant documentation" list asks a certificate of
 * attendance to show: the attendee's name, the provider, the date and the hours. Case, accents and punctuation
 * are ignored ("Amara Okafor" is found in "OKAFOR, Amara"; "Societe Generale" in "Société Générale"); dates are
 * found in English and French words ("7 March 2026", "March 7, 2026", "7 mars 2026") and in figures
 * ("07/03/2026", "2026-03-07"; day first, or month first as a US provider writes it); hours as "7.5 hours",
 * "7,5 heures", "7h30" or "CPE hours: 7.5".
 */
public final class EvidenceText {

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"));
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?(" + MONTH + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern HOURS_AFTER = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:cpe|cpd|dpc|pdu|contact|credit|training)?\\s*(?:hours?|hrs?|h|heures?)\\b");
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("\\b(\\d{1,3})\\s*h\\s*(\\d{2})\\b");
    private static final Pattern HOURS_BEFORE = Pattern.compile(
            "\\b(?:hours?|hrs|heures?|duration|duree)\\s*[:=]?\\s*(\\d+(?:[.,]\\d+)?)");
    /** Words of a provider's name too common to look for. */
    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "des", "les", "pour", "ltd", "inc",
            "llc", "plc", "gmbh", "sas", "sarl");

    private final String folded;
    private final Set<String> words;

    private EvidenceText(String text) {
        this.folded = fold(text);
        this.words = Set.copyOf(words(folded));
    }

    /** The text of every readable document of the evidence, together. */
    public static EvidenceText of(String text) {
        return new EvidenceText(text);
    }

    /**
     * What the evidence does not show of the claim, for the member named: nothing to read at all, or any of the
     * name, the provider, a date from the first to the last day, and the hours (the hours claimed, or those less
     * the non-educational time).
     */
    public Set<EvidenceWarning> warningsFor(String memberName, CpdClaim claim) {
        return warningsFor(memberName, claim.provider(), claim.startsOn(), claim.endsOn(), claim.hours(),
                claim.excludedHours());
    }

    /** The same for a claim still being typed: what is not entered yet is not looked for. */
    public Set<EvidenceWarning> warningsFor(String memberName, @Nullable String provider, @Nullable LocalDate first,
            @Nullable LocalDate last, @Nullable BigDecimal hours, @Nullable BigDecimal excludedHours) {
        if (words.isEmpty()) {
            return EnumSet.of(EvidenceWarning.NO_TEXT);
        }
        var warnings = EnumSet.noneOf(EvidenceWarning.class);
        if (!mentionsName(memberName)) {
            warnings.add(EvidenceWarning.NAME);
        }
        if (provider != null && !provider.isBlank() && !mentionsProvider(provider)) {
            warnings.add(EvidenceWarning.PROVIDER);
        }
        if (first != null && !mentionsDateWithin(first, last == null || last.isBefore(first) ? first : last)) {
            warnings.add(EvidenceWarning.DATE);
        }
        if (hours != null && hours.signum() > 0 && !mentionsHours(hours)
                && (excludedHours == null || !mentionsHours(hours.subtract(excludedHours)))) {
            warnings.add(EvidenceWarning.HOURS);
        }
        return warnings;
    }

    /** Every word of the name (of two letters or more), in any order. */
    public boolean mentionsName(String fullName) {
        var wanted = words(fold(fullName)).stream().filter(word -> word.length() > 1).toList();
        return !wanted.isEmpty() && words.containsAll(wanted);
    }

    /** Every telling word of the provider's name (three letters or more, not "the" or "Ltd"), in any order. */
    public boolean mentionsProvider(String provider) {
        var all = words(fold(provider));
        var telling = all.stream().filter(word -> word.length() > 2 && !COMMON_WORDS.contains(word)).toList();
        return words.containsAll(telling.isEmpty() ? all : telling) && !all.isEmpty();
    }

    /** A date written anywhere in the text that falls from {@code first} to {@code last}, both included. */
    public boolean mentionsDateWithin(LocalDate first, LocalDate last) {
        return dates().anyMatch(date -> !date.isBefore(first) && !date.isAfter(last));
    }

    /** The number of hours written beside the word for hours (either side), as a number or hours and minutes. */
    public boolean mentionsHours(BigDecimal hours) {
        if (hours.signum() <= 0) {
            return false;
        }
        Stream<BigDecimal> written = Stream.concat(
                Stream.concat(numbers(HOURS_AFTER), numbers(HOURS_BEFORE)),
                HOURS_AND_MINUTES.matcher(folded).results().map(found -> new BigDecimal(found.group(1))
                        .add(new BigDecimal(found.group(2)).divide(BigDecimal.valueOf(60), 2,
                                RoundingMode.HALF_UP))));
        return written.anyMatch(number -> number.compareTo(hours) == 0);
    }

    private Stream<BigDecimal> numbers(Pattern pattern) {
        return pattern.matcher(folded).results().map(found -> new BigDecimal(found.group(1).replace(',', '.')));
    }

    private Stream<LocalDate> dates() {
        return Stream.of(
                ISO_DATE.matcher(folded).results().flatMap(found -> date(found, 1, 2, 3)),
                NUMERIC_DATE.matcher(folded).results()
                        .flatMap(found -> Stream.concat(date(found, 3, 2, 1), date(found, 3, 1, 2))),
                DAY_MONTH_YEAR.matcher(folded).results().flatMap(found -> named(found, 3, 2, 1)),
                MONTH_DAY_YEAR.matcher(folded).results().flatMap(found -> named(found, 3, 1, 2)))
                .flatMap(found -> found);
    }

    private static Stream<LocalDate> date(MatchResult found, int year, int month, int day) {
        return valid(fullYear(found.group(year)), Integer.parseInt(found.group(month)),
                Integer.parseInt(found.group(day)));
    }

    private static Stream<LocalDate> named(MatchResult found, int year, int month, int day) {
        return valid(Integer.parseInt(found.group(year)), MONTHS.get(found.group(month)),
                Integer.parseInt(found.group(day)));
    }

    private static int fullYear(String written) {
        int year = Integer.parseInt(written);
        return written.length() == 2 ? 2000 + year : year;
    }

    private static Stream<LocalDate> valid(int year, int month, int day) {
        try {
            return Stream.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Stream.empty();
        }
    }

    /** Lower case without accents, so that "Générale", "GENERALE" and "generale" read the same. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String folded) {
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** English and French month names and their usual short forms, without accents, to their numbers. */
    private static Map<String, Integer> months() {
        var months = new LinkedHashMap<String, Integer>();
        String[][] names = {
                {"january", "jan", "janvier", "janv"}, {"february", "feb", "fevrier", "fevr", "fev"},
                {"march", "mar", "mars"}, {"april", "apr", "avril", "avr"}, {"may", "mai"},
                {"june", "jun", "juin"}, {"july", "jul", "juillet", "juil"}, {"august", "aug", "aout"},
                {"september", "sept", "sep", "septembre"}, {"october", "oct", "octobre"},
                {"november", "nov", "novembre"}, {"december", "dec", "decembre"}};
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(name, month + 1);
            }
        }
        return Map.copyOf(months);
    }
}
