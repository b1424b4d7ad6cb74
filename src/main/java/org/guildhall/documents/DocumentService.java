package org.guildhall.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.guildhall.documents.domain.DisplayFilename;
import org.guildhall.documents.domain.Document;
import org.guildhall.documents.domain.DocumentContentStores;
import org.guildhall.documents.domain.DocumentRepository;
import org.guildhall.documents.domain.DocumentType;
import org.guildhall.documents.domain.PdfText;
import org.guildhall.documents.domain.UploadPolicy;
import org.guildhall.documents.domain.UploadQuota;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Evidence uploads for every module: checks a file by its content, stores it with its checksum, and hands it out
 * only to its owner or to whom a {@link DocumentReadPermission} grants it, asking again on every read.
 */
@Service
@NamedInterface("api")
public class DocumentService {

    private final DocumentRepository documents;
    private final DocumentContentStores contents;
    private final UploadPolicy policy;
    private final UploadQuota quota;
    private final AccountService accounts;
    private final ObjectProvider<DocumentReadPermission> permissions;
    private final SecurityContextHolderStrategy securityContexts;
    /** Tries at storing an upload that InnoDB chose as a deadlock's victim. */
    private static final int STORE_ATTEMPTS = 3;

    private final TransactionOperations transactions;
    private final Clock clock;

    DocumentService(DocumentRepository documents, DocumentContentStores contents, UploadPolicy policy,
            UploadQuota quota, AccountService accounts, ObjectProvider<DocumentReadPermission> permissions,
            SecurityContextHolderStrategy securityContexts, TransactionOperations transactions, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.policy = policy;
        this.quota = quota;
        this.accounts = accounts;
        this.permissions = permissions;
        this.securityContexts = securityContexts;
        this.transactions = transactions;
        this.clock = clock;
    }

    public DocumentLimits limits() {
        return policy.limits();
    }

    /**
     * Checks an upload and stores it as the given account's document, within the account's quota. The calling
     * module names the owner, normally the signed-in account ({@link DocumentUploadField} does so). The bytes are in
     * their store (the database, or the object store) before the record commits, in the record's transaction:
     * after a refusal or a failure no record is left (an object store may keep the bytes, unreferenced, until the
     * same content is uploaded again).
     *
     * @param originalFilename as the browser sent it; kept, cleaned, for display only
     * @param declaredSize the size the browser announced, or -1; the bytes read are what count
     * @throws DocumentRejectedException with a message for the uploader
     */
    @PreAuthorize("isAuthenticated()")
    public DocumentReference store(long ownerAccountId, String originalFilename, InputStream content,
            long declaredSize) {
        // Read and checked before the transaction starts: a slow upload never holds a database connection.
        byte[] bytes = policy.receive(content, declaredSize);
        var type = policy.inspect(bytes);
        var filename = DisplayFilename.of(originalFilename, type);
        var uploadedAt = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(transactions.execute(status -> {
                    quota.admit(documents.lockSizesOwnedBy(ownerAccountId), bytes.length);
                    var store = contents.forUploads();
                    var document = new Document(ownerAccountId, filename, type, bytes, uploadedAt, store.location());
                    // Flushed first: a content row's foreign key needs the document row.
                    documents.saveAndFlush(document);
                    store.write(document, bytes);
                    return document.toReference();
                }));
            } catch (PessimisticLockingFailureException deadlock) {
                // The quota's lock covers the room for new rows in the owner index; two first uploads of
                // different accounts can meet there, and InnoDB rolls one back. Nothing was kept: try again.
                if (attempt == STORE_ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    /**
     * Whether every one of these documents was uploaded by the signed-in account (none: true). Modules ask it
     * before attaching documents to what the signed-in person submits: being allowed to read someone else's
     * document (an assessor, a registrar) does not make it one's own evidence. An unknown id counts as not theirs.
     */
    @Transactional(readOnly = true)
    public boolean allOwnedBySignedIn(Collection<UUID> ids) {
        var distinct = Set.copyOf(ids);
        return distinct.isEmpty()
                || documents.countByIdInAndOwnerAccountId(distinct, signedInAccountId()) == distinct.size();
    }

    /** The document, if it exists and the signed-in person may read it. */
    @Transactional(readOnly = true)
    public Optional<DocumentReference> find(UUID id) {
        return documents.findById(id).filter(readableBySignedIn()).map(Document::toReference);
    }

    /** Those of the given documents the signed-in person may read, in the order asked for; others are left out. */
    @Transactional(readOnly = true)
    public List<DocumentReference> findAll(Collection<UUID> ids) {
        Map<UUID, Document> found = documents.findAllById(ids).stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull)
                .filter(readableBySignedIn())
                .map(Document::toReference)
                .toList();
    }

    /**
     * For each of the given documents that has any, the other stored documents with byte for byte the same content
     * (the same checksum), whoever uploaded them: for a module that flags one file used as evidence twice. Only ids
     * are returned; the caller authorises its own caller and decides what to show.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Set<UUID>> sameContentAs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return documents.sameContentPairs(Set.copyOf(ids)).stream().collect(Collectors.groupingBy(
                pair -> (UUID) pair[0], Collectors.mapping(pair -> (UUID) pair[1], Collectors.toSet())));
    }

    /**
     * The document with its bytes, for the signed-in person to download.
     *
     * @throws DocumentNotFoundException if there is no such document
     * @throws AccessDeniedException if it is neither theirs nor granted to them
     */
    @Transactional(readOnly = true)
    public DocumentContent open(UUID id) {
        var document = documents.findById(id).filter(found -> !found.isErased())
                .orElseThrow(() -> new DocumentNotFoundException(id));
        if (!readableBySignedIn().test(document)) {
            throw new AccessDeniedException("Document " + id + " is not open to the signed-in account");
        }
        return new DocumentContent(document.toReference(), contents.holding(document).read(document));
    }

    /**
     * The words of a PDF document the signed-in person may read, from its first {@value PdfText#MAX_PAGES} pages;
     * empty for an image, or a PDF whose pages carry no text (a scan).
     *
     * @throws DocumentNotFoundException if there is no such document
     * @throws AccessDeniedException if it is neither theirs nor granted to them
     */
    @Transactional(readOnly = true)
    public String textOf(UUID id) {
        var document = open(id);
        if (!DocumentType.PDF.contentType().equalsIgnoreCase(document.document().contentType())) {
            return "";
        }
        try (var bytes = document.bytes()) {
            return PdfText.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Predicate<Document> readableBySignedIn() {
        Authentication reader = signedIn();
        long readerId = signedInAccountId();
        return document -> document.ownerAccountId() == readerId
                || permissions.orderedStream().anyMatch(grant -> grant.mayRead(document.toReference(), reader));
    }

    private Authentication signedIn() {
        Authentication reader = securityContexts.getContext().getAuthentication();
        if (reader == null) {
            throw notSignedIn();
        }
        return reader;
    }

    private long signedInAccountId() {
        return accounts.findByEmail(signedIn().getName()).map(AccountSummary::id).orElseThrow(this::notSignedIn);
    }

    private AccessDeniedException notSignedIn() {
        return new AccessDeniedException("Documents are read only by signed-in accounts");
    }
}
