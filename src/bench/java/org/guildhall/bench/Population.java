package org.guildhall.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the virtual users are and what they do: the portal's address, the accounts (from a pattern such as
 * {@code perf{n6}@members.example}), their password, and the steps each
 * loops over (route and the element id that proves its view arrived).
 */
record Population(URI base, String userPattern, int userOffset, String password, List<Step> steps) {

    /** {n} in a user pattern is the user's number; {n6} the same zero-padded to six digits. */
    private static final Pattern NUMBER = Pattern.compile("\\{n(\\d*)}");

    static final String DEFAULT_STEPS = "=home,cpd=my-cpd,certification/mine=my-certifications,events=events";

    record Step(String route, String expectedId) {

        String label() {
            return "nav " + (route.isEmpty() ? "/" : route);
        }
    }

    static Population from(Options options) {
        var steps = new ArrayList<Step>();
        for (String step : options.text("steps", DEFAULT_STEPS).split(",")) {
            String[] parts = step.split("=", 2);
            steps.add(new Step(parts[0], parts.length > 1 && !parts[1].isBlank() ? parts[1] : null));
        }
        return new Population(URI.create(options.text("base", "http://127.0.0.1:8094")),
                options.text("user-pattern", "perf{n6}@members.example"), options.integer("user-offset", 1),
                options.text("password", "guildhall-demo"), List.copyOf(steps));
    }

    String user(int index) {
        int n = userOffset + index;
        return NUMBER.matcher(userPattern).replaceAll(digits -> digits.group(1).isEmpty() ? Integer.toString(n)
                : ("%0" + digits.group(1) + "d").formatted(n));
    }
}
