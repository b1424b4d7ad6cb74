package org.guildhall.portfolio.domain;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import org.guildhall.portfolio.KeyProject;
import org.jspecify.annotations.Nullable;

/** A key project as stored in one version. */
@Embeddable
class ProjectEntry {

    private String title;
    private String role;
    private LocalDate startedOn;
    private @Nullable LocalDate endedOn;
    private String description;
    private String outcomes;

    protected ProjectEntry() {
    }

    ProjectEntry(KeyProject project) {
        this.title = project.title();
        this.role = project.role();
        this.startedOn = project.startedOn();
        this.endedOn = project.endedOn();
        this.description = project.description();
        this.outcomes = project.outcomes();
    }

    KeyProject toRecord() {
        return new KeyProject(title, role, startedOn, endedOn, description, outcomes);
    }
}
