package org.guildhall.portfolio.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.portfolio.KeyProject;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one key project, bound to {@link KeyProject} by one {@link Binder}; the binder asks for what is
 * missing, and the project's own limits show on the field each concerns.
 */
final class ProjectForm extends Composite<FormLayout> {

    private final Binder<KeyProject> binder = new Binder<>(KeyProject.class);

    ProjectForm(@Nullable KeyProject existing) {
        var title = new TextField(getTranslation("portfolio.project.title.label"));
        title.setId("project-title");
        title.setMaxLength(KeyProject.MAX_TITLE);
        var role = new TextField(getTranslation("portfolio.project.role.label"));
        role.setId("project-role");
        role.setMaxLength(KeyProject.MAX_ROLE);
        var started = DateInputs.datePicker(getTranslation("portfolio.project.started.label"));
        started.setId("project-started");
        var ended = DateInputs.datePicker(getTranslation("portfolio.project.ended.label"));
        ended.setId("project-ended");
        var description = new TextArea(getTranslation("portfolio.project.description.label"));
        description.setId("project-description");
        description.setMaxLength(KeyProject.MAX_TEXT);
        var outcomes = new TextArea(getTranslation("portfolio.project.outcomes.label"));
        outcomes.setId("project-outcomes");
        outcomes.setMaxLength(KeyProject.MAX_TEXT);

        binder.forField(title).asRequired(getTranslation("portfolio.project.title-needed")).bind(KeyProject.TITLE);
        binder.forField(role).asRequired(getTranslation("portfolio.project.role-needed")).bind(KeyProject.ROLE);
        binder.forField(started).asRequired(getTranslation("portfolio.project.started-needed"))
                .bind(KeyProject.STARTED_ON);
        binder.forField(ended).bind(KeyProject.ENDED_ON);
        binder.forField(description).asRequired(getTranslation("portfolio.project.description-needed"))
                .bind(KeyProject.DESCRIPTION);
        binder.forField(outcomes).asRequired(getTranslation("portfolio.project.outcomes-needed"))
                .bind(KeyProject.OUTCOMES);
        if (existing != null) {
            binder.readRecord(existing);
        }
        var form = getContent();
        form.add(title, role, started, ended, description, outcomes);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(outcomes, 2);
    }

    /** The project, if every field is valid; otherwise each field shows what to fix and the first is focused. */
    Optional<KeyProject> project() {
        return FieldErrors.write(binder).map(project -> new KeyProject(project.title().strip(),
                project.role().strip(), project.startedOn(), project.endedOn(), project.description().strip(),
                project.outcomes().strip()));
    }
}
