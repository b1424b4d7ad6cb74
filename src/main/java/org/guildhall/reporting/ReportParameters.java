package org.guildhall.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/** Reading a report's filters from the query parameters of its links, and writing them back. */
public final class ReportParameters {

    /** The longest period a report covers, in months up to this one. */
    static final int MOST_MONTHS = 120;

    private ReportParameters() {
    }

    /**
     * The constant named by {@code parameter} (lower case, words joined by hyphens), else {@code fallback} when the
     * parameter is absent; refuses a name it does not know with {@code refusalKey}.
     */
    public static <E extends Enum<E>> E constant(Map<String, String> parameters, String parameter, Class<E> type,
            E fallback, String refusalKey) {
        String value = parameters.getOrDefault(parameter, "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> nameOf(constant).equals(value)).findFirst()
                .orElseThrow(() -> new ReportRefusedException(refusalKey));
    }

    /** A constant as a query parameter value and the last part of a message key: lower case, hyphens. */
    public static String nameOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The whole number {@code name} holds, from {@code min} to {@code max}; null when absent or blank; refused with
     * {@code refusalKey} otherwise.
     */
    static @Nullable Integer wholeNumber(Map<String, String> parameters, String name, int min, int max,
            String refusalKey) {
        String typed = parameters.getOrDefault(name, "").strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(typed);
            if (number < min || number > max) {
                throw new ReportRefusedException(refusalKey);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new ReportRefusedException(refusalKey);
        }
    }

    /** The parameters as a query string, values encoded, in the map's order; those with an empty value left out. */
    public static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(parameter -> !parameter.getValue().isEmpty())
                .map(parameter -> parameter.getKey() + "="
                        + UriUtils.encodeQueryParam(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
