package org.guildhall.portfolio.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import org.guildhall.portfolio.KeyProject;
import org.guildhall.shell.DateInputs;
import org.jspecify.annotations.Nullable;

/** The fields of one key project, checked with the project's own limits before it is saved. */
final class ProjectForm extends Composite<FormLayout> {

    /** The form's working copy; the record is built only from a valid form. */
    static final class Draft {
        String title = "";
        String role = "";
        java.time.@Nullable LocalDate startedOn;
        java.time.@Nullable LocalDate endedOn;
        String description = "";
        String outcomes = "";
    }

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    ProjectForm(@Nullable KeyProject existing) {
        var title = new TextField("Title");
        title.setId("project-title");
        title.setMaxLength(KeyProject.MAX_TITLE);
        var role = new TextField("Your role");
        role.setId("project-role");
        role.setMaxLength(KeyProject.MAX_ROLE);
        var started = DateInputs.datePicker("Started");
        started.setId("project-started");
        var ended = DateInputs.datePicker("Ended (leave empty if ongoing)");
        ended.setId("project-ended");
        var description = new TextArea("What was done");
        description.setId("project-description");
        description.setMaxLength(KeyProject.MAX_TEXT);
        var outcomes = new TextArea("Outcomes (figures where you have them)");
        outcomes.setId("project-outcomes");
        outcomes.setMaxLength(KeyProject.MAX_TEXT);

        binder.forField(title).asRequired("Give the project a title.")
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(role).asRequired("Say what your role was.").bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(started).asRequired("When did it start?")
                .bind(d -> d.startedOn, (d, v) -> d.startedOn = v);
        binder.forField(ended).withValidator((value, context) -> value == null || started.getValue() == null
                        || !value.isBefore(started.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error("A project cannot end before it started."))
                .bind(d -> d.endedOn, (d, v) -> d.endedOn = v);
        binder.forField(description).asRequired("Describe the project.")
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(outcomes).asRequired("State what it achieved.")
                .bind(d -> d.outcomes, (d, v) -> d.outcomes = v);

        if (existing != null) {
            draft.title = existing.title();
            draft.role = existing.role();
            draft.startedOn = existing.startedOn();
            draft.endedOn = existing.endedOn();
            draft.description = existing.description();
            draft.outcomes = existing.outcomes();
        }
        binder.readBean(draft);
        var form = getContent();
        form.add(title, role, started, ended, description, outcomes);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(outcomes, 2);
    }

    /** The project, if every field is valid; otherwise the fields show what to fix. */
    Optional<KeyProject> project() {
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new KeyProject(draft.title.strip(), draft.role.strip(), draft.startedOn, draft.endedOn,
                draft.description.strip(), draft.outcomes.strip()));
    }
}
