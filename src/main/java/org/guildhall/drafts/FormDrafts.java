package org.guildhall.drafts;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.guildhall.drafts.internal.DraftStore;
import org.guildhall.identity.AccountService;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in account's drafts, one per form. A form names itself by a key (e.g. {@code cpd-activity:new}) and
 * hands over its input record, which is kept as JSON, together with the ids of the documents the user uploaded on it
 * (so that the leftover-upload job leaves them alone). Only ever the caller's own drafts: the account is not a
 * parameter.
 */
@Service
@PreAuthorize("isAuthenticated()")
@NamedInterface("api")
public class FormDrafts {

    private final DraftStore store;
    private final AccountService accounts;
    private final JsonMapper json;
    private final Clock clock;

    FormDrafts(DraftStore store, AccountService accounts, JsonMapper json, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void keep(String formKey, Object content, Collection<java.util.UUID> documentIds) {
        store.save(accounts.currentAccount().id(), formKey, json.writeValueAsString(content),
                Set.copyOf(documentIds), clock.instant());
    }

    @Transactional(readOnly = true)
    public <T> Optional<FormDraft<T>> find(String formKey, Class<T> type) {
        return store.find(accounts.currentAccount().id(), formKey)
                .map(kept -> new FormDraft<>(json.readValue(kept.content(), type), kept.updatedAt()));
    }

    /** After the form was saved or submitted for real: the draft has served its purpose. */
    @Transactional
    public void discard(String formKey) {
        store.delete(accounts.currentAccount().id(), formKey);
    }
}
