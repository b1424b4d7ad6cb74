package org.guildhall.drafts;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.guildhall.shared.Text;
import org.guildhall.shell.DatabaseOutage;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Translated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;

/**
 * A long form's link to its draft: it keeps the form's input record whenever the user changes a field (text after a
 * pause in typing), gives it back when the form opens again, and drops it once the form is saved or submitted.
 *
 * @param <T> the form's input record, stored as JSON
 */
@NamedInterface("api")
public final class DraftKeeper<T> {

    /** Typing keeps a draft after this pause rather than at every key. */
    static final int TYPING_PAUSE_MS = 1500;

    private static final Logger log = LoggerFactory.getLogger(DraftKeeper.class);

    private final FormDrafts drafts;
    private final Supplier<String> formKey;
    private final Class<T> type;
    private final Supplier<T> snapshot;
    private final Function<T, ? extends Collection<UUID>> documentIds;

    /**
     * @param formKey the form's key, asked each time (a form that edits a record by id has one key per record)
     * @param snapshot reads the form's fields into its input record
     * @param documentIds the uploads the record refers to
     */
    public DraftKeeper(FormDrafts drafts, Supplier<String> formKey, Class<T> type, Supplier<T> snapshot,
            Function<T, ? extends Collection<UUID>> documentIds) {
        this.drafts = drafts;
        this.formKey = formKey;
        this.type = type;
        this.snapshot = snapshot;
        this.documentIds = documentIds;
    }

    /** A form without uploads. */
    public DraftKeeper(FormDrafts drafts, Supplier<String> formKey, Class<T> type, Supplier<T> snapshot) {
        this(drafts, formKey, type, snapshot, content -> List.of());
    }

    /** Keeps a draft whenever the user changes one of these fields; values set by the form itself are not a reason. */
    public DraftKeeper<T> watch(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            if (field instanceof HasValueChangeMode typed) {
                typed.setValueChangeMode(ValueChangeMode.LAZY);
                typed.setValueChangeTimeout(TYPING_PAUSE_MS);
            }
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    keep();
                }
            });
        }
        return this;
    }

    /**
     * Keeps what the form holds now. Without a database the draft cannot be kept, and the user is told so when they
     * save or submit; telling them at every pause in typing would only get in the way.
     */
    public void keep() {
        try {
            T content = snapshot.get();
            drafts.keep(formKey.get(), content, documentIds.apply(content));
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            log.debug("No draft kept while the database is out of reach", failure);
        }
    }

    public Optional<FormDraft<T>> kept() {
        return drafts.find(formKey.get(), type);
    }

    public void discard() {
        drafts.discard(formKey.get());
    }

    /** Tells the user that the form shows a kept draft, not what was last saved. */
    public static Paragraph restoredNotice(FormDraft<?> draft, ZoneId zone) {
        var notice = new Paragraph(Translated.text(Text.of("drafts.restored",
                Formats.dateTime(draft.keptAt(), zone))));
        notice.setId("draft-restored");
        notice.addClassName("gh-notice");
        return notice;
    }
}
