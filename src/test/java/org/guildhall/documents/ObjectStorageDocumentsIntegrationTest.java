package org.guildhall.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.documents.domain.ContentLocation;
import org.guildhall.documents.internal.DocumentStorageMove;
import org.guildhall.documents.internal.LeftoverUploadCleaner;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15, evidence in object storage: with {@code guildhall.documents.storage.uploads-to=object-store}, against a
 * real S3-compatible server (S3Proxy over a folder), uploads are kept once per content under their SHA-256 before
 * their row commits, stream back to whoever may read them and to nobody else, leave the store once no document keeps
 * them (also when an upload of the same content meets that removal), and move to the database and back.
 */
@IntegrationTest
class ObjectStorageDocumentsIntegrationTest {

    private static final String BUCKET = "guildhall-evidence";
    private static final AtomicInteger distinctContents = new AtomicInteger();

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        S3ProxyServer.shared().configure(registry, BUCKET);
    }

    @Autowired DocumentService documents;
    @Autowired LeftoverUploadCleaner cleaner;
    @Autowired DocumentStorageMove move;
    @Autowired FormDrafts drafts;
    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired S3Client s3;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired MutableClock clock;
    @Autowired WebApplicationContext context;
    @Autowired SecurityContextHolderStrategy securityContexts;

    private AccountSummary owner;

    @BeforeEach
    void aMember() {
        owner = provisioning.createAccount("Sofia Marchetti", TestAccounts.uniqueEmail("sofia"), TestAccounts.PASSWORD,
                Role.MEMBER);
        signIn(owner);
    }

    /**
     * Every test context shares one embedded database, and the others have no object store: whatever a test left
     * there goes back to the database (the move needs nobody signed in).
     */
    @AfterEach
    void everythingBackInTheDatabase() {
        signOut();
        move.moveAll(ContentLocation.DATABASE);
    }

    private void signOut() {
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_same_content_uploaded_twice_is_one_object_under_its_sha256_and_reads_back_byte_for_byte() throws Exception {
        byte[] png = distinctPng();

        var first = store(png, "award.png");
        var second = store(png, "award again.png");

        assertThat(first.sha256()).isEqualTo(second.sha256());
        assertThat(objectBytes(first.sha256())).isEqualTo(png);
        assertThat(count("select count(*) from document_object where sha256 = ?", first.sha256())).isEqualTo(1);
        assertThat(count("select count(*) from document where sha256 = ? and stored_in = 'OBJECT_STORE'",
                first.sha256())).isEqualTo(2);
        assertThat(count("select count(*) from document_content where document_id in (?, ?)",
                first.id().toString(), second.id().toString())).as("no bytes in the database").isZero();
        assertThat(documents.open(second.id()).bytes().readAllBytes()).isEqualTo(png);
    }

    @Test
    void the_download_link_streams_the_object_to_its_owner_and_to_nobody_else() throws Exception {
        byte[] png = distinctPng();
        var evidence = store(png, "Certificate.png");
        var stranger = provisioning.createAccount("Liam O'Connor", TestAccounts.uniqueEmail("liam"),
                TestAccounts.PASSWORD, Role.MEMBER);
        signOut();
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        http.perform(get("/" + evidence.downloadPath()).with(user(owner.email())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().longValue("Content-Length", png.length))
                .andExpect(content().bytes(png));
        http.perform(get("/" + evidence.downloadPath()).with(user(stranger.email())))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_object_leaves_the_store_with_the_last_document_that_keeps_it() {
        byte[] png = distinctPng();
        var abandoned = store(png, "abandoned.png");
        var inDraft = store(png, "in a draft.png");
        drafts.keep("object-storage-test", Map.of("note", "typed"), List.of(inDraft.id()));
        clock.advance(Duration.ofHours(25));

        cleaner.removeLeftovers();
        assertThat(documentExists(abandoned.id())).isFalse();
        assertThat(objectBytes(inDraft.sha256())).as("the draft's document still keeps it").isEqualTo(png);

        drafts.discard("object-storage-test");
        cleaner.removeLeftovers();
        assertThat(documentExists(inDraft.id())).isFalse();
        assertThatExceptionOfType(NoSuchKeyException.class).isThrownBy(() -> objectBytes(inDraft.sha256()));
        assertThat(count("select count(*) from document_object where sha256 = ?", inDraft.sha256())).isZero();
    }

    @Test
    void an_upload_that_meets_the_removal_of_its_content_waits_for_it_and_puts_the_object_back() throws Exception {
        byte[] png = distinctPng();
        var earlier = store(png, "earlier.png");
        jdbc.update("delete from document where id = ?", earlier.id().toString());
        var removal = new TransactionTemplate(transactionManager);
        removal.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);

        DocumentReference again = removal.execute(status -> {
            // A removal that found no document left holds the content's row...
            jdbc.queryForList("select sha256 from document_object where sha256 = ? for update", earlier.sha256());
            var upload = CompletableFuture.supplyAsync(() -> {
                signIn(owner);
                return store(png, "again.png");
            });
            assertThatExceptionOfType(TimeoutException.class)
                    .as("the upload waits for the content's row")
                    .isThrownBy(() -> upload.get(1, TimeUnit.SECONDS));
            // ...and deletes the object and the row before it commits.
            s3.deleteObject(request -> request.bucket(BUCKET).key(earlier.sha256()));
            jdbc.update("delete from document_object where sha256 = ?", earlier.sha256());
            return upload;
        }).get(30, TimeUnit.SECONDS);

        assertThat(objectBytes(again.sha256())).isEqualTo(png);
        assertThat(documents.open(again.id()).bytes().readAllBytes()).isEqualTo(png);
    }

    @Test
    void documents_move_to_the_database_and_back_a_batch_at_a_time_and_read_the_same_throughout() throws Exception {
        byte[] firstPng = distinctPng();
        byte[] secondPng = distinctPng();
        var first = store(firstPng, "first.png");
        var second = store(secondPng, "second.png");

        assertThat(move.move(ContentLocation.DATABASE, 1)).as("an interrupted run moved one").isEqualTo(1);
        assertThat(documents.open(first.id()).bytes().readAllBytes()).isEqualTo(firstPng);
        assertThat(documents.open(second.id()).bytes().readAllBytes()).isEqualTo(secondPng);

        move.moveAll(ContentLocation.DATABASE);
        assertThat(storedIn(first.id())).isEqualTo("DATABASE");
        assertThat(storedIn(second.id())).isEqualTo("DATABASE");
        assertThat(count("select count(*) from document_content where document_id in (?, ?)",
                first.id().toString(), second.id().toString())).isEqualTo(2);
        assertThatExceptionOfType(NoSuchKeyException.class).isThrownBy(() -> objectBytes(first.sha256()));
        assertThat(documents.open(first.id()).bytes().readAllBytes()).isEqualTo(firstPng);

        // An erased person's document keeps its row without bytes (GDPR erasure): the move passes it by.
        var erased = store(distinctPng(), "erased.png");
        move.moveAll(ContentLocation.DATABASE);
        jdbc.update("delete from document_content where document_id = ?", erased.id().toString());
        jdbc.update("update document set filename = 'erased', erased_at = now() where id = ?", erased.id().toString());

        move.moveAll(ContentLocation.OBJECT_STORE);
        assertThat(storedIn(erased.id())).as("nothing of an erased document to move").isEqualTo("DATABASE");
        assertThat(storedIn(first.id())).isEqualTo("OBJECT_STORE");
        assertThat(count("select count(*) from document_content where document_id in (?, ?)",
                first.id().toString(), second.id().toString())).isZero();
        assertThat(objectBytes(second.sha256())).isEqualTo(secondPng);
        assertThat(documents.open(second.id()).bytes().readAllBytes()).isEqualTo(secondPng);
    }

    private DocumentReference store(byte[] content, String filename) {
        return documents.store(owner.id(), filename, new ByteArrayInputStream(content), content.length);
    }

    /** A PNG no other test uploads, so each test's objects are its own. */
    private static byte[] distinctPng() {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, distinctContents.incrementAndGet());
        image.setRGB(1, 1, (int) System.nanoTime());
        return SampleFiles.write(image, "png");
    }

    private byte[] objectBytes(String key) {
        return s3.getObjectAsBytes(request -> request.bucket(BUCKET).key(key)).asByteArray();
    }

    private boolean documentExists(UUID id) {
        return count("select count(*) from document where id = ?", id.toString()) == 1;
    }

    private String storedIn(UUID id) {
        return jdbc.queryForObject("select stored_in from document where id = ?", String.class, id.toString());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** On this context's holder too, as the leftover test does: a journey's context may have replaced it. */
    private void signIn(AccountSummary account) {
        TestAccounts.signInAs(account);
        securityContexts.setContext(SecurityContextHolder.getContext());
    }
}
