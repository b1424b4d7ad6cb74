package org.guildhall.reporting;

import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/** Reading a report's filters from the query parameters of its links, and writing them back. */
final class ReportParameters {

    /** The longest period a report covers, in months up to this one. */
    static final int MOST_MONTHS = 120;

    private ReportParameters() {
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

    /** The parameters as a query string, values encoded, in the map's order. */
    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + UriUtils.encodeQueryParam(parameter.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
