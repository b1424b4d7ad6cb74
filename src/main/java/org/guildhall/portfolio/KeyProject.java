package org.guildhall.portfolio;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A project or initiative the candidate led (seed 003: "detailed descriptions of key projects"). */
@NamedInterface("api")
public record KeyProject(String title, String role, LocalDate startedOn, @Nullable LocalDate endedOn,
        String description, String outcomes) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_ROLE = 200;
    public static final int MAX_TEXT = 4000;

    public KeyProject {
        PortfolioRefusedException.require(!title.isBlank() && title.length() <= MAX_TITLE,
                "Give each project a title of at most " + MAX_TITLE + " characters.");
        PortfolioRefusedException.require(!role.isBlank() && role.length() <= MAX_ROLE,
                "Say what your role in the project was, in at most " + MAX_ROLE + " characters.");
        PortfolioRefusedException.require(endedOn == null || !endedOn.isBefore(startedOn),
                "A project cannot end before it started.");
        PortfolioRefusedException.require(!description.isBlank() && description.length() <= MAX_TEXT,
                "Describe the project in at most " + MAX_TEXT + " characters.");
        PortfolioRefusedException.require(!outcomes.isBlank() && outcomes.length() <= MAX_TEXT,
                "State the project's outcomes in at most " + MAX_TEXT + " characters.");
    }
}
