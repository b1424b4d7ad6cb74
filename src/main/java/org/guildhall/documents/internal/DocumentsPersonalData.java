package org.guildhall.documents.internal;

import java.time.Clock;

import org.guildhall.documents.domain.Document;
import org.guildhall.documents.domain.DocumentContentStores;
import org.guildhall.documents.domain.DocumentRepository;
import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The person's uploads: each file as uploaded (named by its id and display name) and a list of them. Erasure
 * drops every file's bytes and name; the row stays, since records that are kept (a CPD activity, an application)
 * refer to it, and a download of it finds nothing.
 */
@Component
class DocumentsPersonalData implements PersonalDataContributor {

    private final DocumentRepository documents;
    private final DocumentContentStores contents;
    private final Clock clock;

    DocumentsPersonalData(DocumentRepository documents, DocumentContentStores contents, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "documents";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        var owned = documents.findByOwnerAccountIdOrderByUploadedAt(accountId).stream()
                .filter(document -> !document.isErased()).toList();
        archive.json("documents", owned.stream().map(Document::toReference).toList());
        for (var document : owned) {
            try (var bytes = contents.holding(document).read(document)) {
                archive.file(document.id() + "-" + document.toReference().filename(), bytes);
            } catch (java.io.IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        }
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        var owned = documents.findByOwnerAccountIdOrderByUploadedAt(accountId).stream()
                .filter(document -> !document.isErased()).toList();
        for (var document : owned) {
            contents.holding(document).release(document);
            document.erase(clock.instant());
        }
        log.erased(part(), "files", owned.size());
    }
}
