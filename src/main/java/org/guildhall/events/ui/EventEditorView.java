package org.guildhall.events.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.events.EventNotFoundException;
import org.guildhall.events.EventRefusedException;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/** The registrar publishes a new event, or edits one (/registrar/event/{id}). */
@Route("registrar/event")
@PageTitle("events.title.event-editor")
@RolesAllowed(Role.Names.REGISTRAR)
final class EventEditorView extends Composite<VerticalLayout> implements HasUrlParameter<Long> {

    private final EventService events;
    private final AccountService accounts;
    private @Nullable EventSummary editing;

    EventEditorView(EventService events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @Override
    public void setParameter(BeforeEvent navigation, @OptionalParameter @Nullable Long eventId) {
        try {
            editing = eventId == null ? null : events.event(eventId);
        } catch (EventNotFoundException missing) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        if (editing != null && editing.isCancelled()) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        var page = getContent();
        page.removeAll();
        page.setId("event-editor");
        page.addClassName("gh-page");
        var fields = new EventFields(accounts, events.defaultCancellationCutoffHours());
        if (editing == null) {
            fields.showDefaults();
        } else {
            fields.read(editing.details());
        }
        var save = new Button(getTranslation(editing == null ? "events.editor.publish" : "events.editor.save"),
                click -> save(fields));
        save.setId("save-event");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        page.add(new Paragraph(getTranslation(editing == null ? "events.editor.new-intro" : "events.editor.edit-intro")),
                fields, new HorizontalLayout(save));
    }

    /** A refusal shows on the fields concerned; one of the whole step (edited meanwhile) as a toast. */
    private void save(EventFields fields) {
        var details = fields.value();
        if (details.isEmpty()) {
            return;
        }
        try {
            var saved = editing == null ? events.publish(details.get())
                    : events.edit(editing.id(), editing.version(), details.get());
            Toast.success(getTranslation(editing == null ? "events.editor.published" : "events.editor.saved"));
            getUI().ifPresent(ui -> ui.navigate(EventView.class, saved.id()));
        } catch (EventRefusedException refused) {
            fields.show(refused);
        }
    }
}
