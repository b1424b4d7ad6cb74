package org.guildhall.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A project or initiative the candidate led (seed 003: "detailed descriptions of key projects"). It checks every
 * value at once and refuses each problem on the component it concerns.
 */
@NamedInterface("api")
public record KeyProject(String title, String role, LocalDate startedOn, @Nullable LocalDate endedOn,
        String description, String outcomes) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_ROLE = 200;
    public static final int MAX_TEXT = 4000;

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String TITLE = "title";
    public static final String ROLE = "role";
    public static final String STARTED_ON = "startedOn";
    public static final String ENDED_ON = "endedOn";
    public static final String DESCRIPTION = "description";
    public static final String OUTCOMES = "outcomes";

    public KeyProject {
        var problems = new ArrayList<FieldProblem>();
        if (title.isBlank() || title.length() > MAX_TITLE) {
            problems.add(new FieldProblem(TITLE, Text.of("portfolio.project.title", MAX_TITLE)));
        }
        if (role.isBlank() || role.length() > MAX_ROLE) {
            problems.add(new FieldProblem(ROLE, Text.of("portfolio.project.role", MAX_ROLE)));
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            problems.add(new FieldProblem(ENDED_ON, "portfolio.project.ends-before-start"));
        }
        if (description.isBlank() || description.length() > MAX_TEXT) {
            problems.add(new FieldProblem(DESCRIPTION, Text.of("portfolio.project.description", MAX_TEXT)));
        }
        if (outcomes.isBlank() || outcomes.length() > MAX_TEXT) {
            problems.add(new FieldProblem(OUTCOMES, Text.of("portfolio.project.outcomes", MAX_TEXT)));
        }
        if (!problems.isEmpty()) {
            throw new PortfolioRefusedException(problems);
        }
    }
}
