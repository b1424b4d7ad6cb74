package org.guildhall.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Evidence on the real MariaDB: stored whole or not at all, and read only by its owner or whom a module grants. */
@IntegrationTest
class DocumentServiceIntegrationTest {

    @Autowired DocumentService documents;
    @Autowired AccountProvisioning provisioning;
    @Autowired TestDocumentGrants grants;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private AccountSummary amara;
    private AccountSummary kwame;

    @BeforeEach
    void twoMembers() {
        amara = member("Amara Okafor");
        kwame = member("Kwame Mensah");
        TestAccounts.signInAs(amara);
    }

    /**
     * The metadata-only rows of {@link #storedAlready} have no bytes anywhere: left in the shared database, a later
     * test that moves every document between stores would find nothing to read for them.
     */
    @AfterEach
    void removeRowsWithoutContent() {
        jdbc.update("delete from document where owner_account_id = ? and sha256 = repeat('0', 64)", amara.id());
    }

    @Test
    void a_stored_document_reads_back_byte_for_byte_with_its_sha256() throws Exception {
        byte[] pdf = SampleFiles.pdf();

        var stored = documents.store(amara.id(), "CPD certificate.pdf", new ByteArrayInputStream(pdf), pdf.length);

        assertThat(stored.filename()).isEqualTo("CPD certificate.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.uploadedAt()).isEqualTo(clock.instant());
        var opened = documents.open(stored.id());
        assertThat(opened.document()).isEqualTo(stored);
        assertThat(opened.bytes().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void an_upload_that_breaks_off_half_way_leaves_no_row_in_either_table() {
        int contentRowsBefore = count("select count(*) from document_content");
        var brokenUpload = new BreaksOffAfter(SampleFiles.pdf(), 100);

        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> documents.store(amara.id(), "portfolio.pdf", brokenUpload, 5_000))
                .withMessageContaining("broke off");

        assertThat(count("select count(*) from document where owner_account_id = ?", amara.id())).isZero();
        assertThat(count("select count(*) from document_content")).isEqualTo(contentRowsBefore);
    }

    @Test
    void a_refused_upload_stores_nothing() {
        byte[] text = SampleFiles.text("not really a PDF");

        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> documents.store(amara.id(), "renamed.pdf", new ByteArrayInputStream(text), text.length));

        assertThat(count("select count(*) from document where owner_account_id = ?", amara.id())).isZero();
    }

    @Test
    void a_reader_who_is_neither_owner_nor_granted_is_refused() {
        var evidence = storePng(amara);

        TestAccounts.signInAs(kwame);

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> documents.open(evidence.id()));
        assertThat(documents.find(evidence.id())).isEmpty();
        assertThat(documents.findAll(List.of(evidence.id()))).isEmpty();
    }

    @Test
    void a_reader_a_module_grants_may_read() throws IOException {
        var evidence = storePng(amara);
        grants.grant(evidence, kwame.email());

        TestAccounts.signInAs(kwame);

        assertThat(documents.open(evidence.id()).bytes().readAllBytes()).hasSize((int) evidence.size());
        assertThat(documents.find(evidence.id())).contains(evidence);
    }

    @Test
    void listing_by_ids_keeps_the_order_asked_for_and_leaves_out_what_the_reader_may_not_read() {
        var first = storePng(amara);
        var second = storePng(amara);
        var kwamesOwn = storePng(kwame);
        TestAccounts.signInAs(amara);

        assertThat(documents.findAll(List.of(second.id(), UUID.randomUUID(), kwamesOwn.id(), first.id())))
                .containsExactly(second, first);
    }

    @Test
    void an_account_whose_stored_files_fill_its_200_mb_is_refused_the_next_upload_and_nothing_is_stored() {
        storedAlready(amara, 1, 200L * 1024 * 1024 - 100);
        byte[] png = SampleFiles.png();

        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> documents.store(amara.id(), "one more.png", new ByteArrayInputStream(png), png.length))
                .withMessageContaining("of the 200 MB one account may keep");
        assertThat(count("select count(*) from document where owner_account_id = ?", amara.id())).isEqualTo(1);
        // Another account's room is its own.
        assertThat(storePng(kwame)).isNotNull();
    }

    @Test
    void an_account_holding_500_files_is_refused_the_501st() {
        storedAlready(amara, 500, 1);
        byte[] png = SampleFiles.png();

        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> documents.store(amara.id(), "501.png", new ByteArrayInputStream(png), png.length))
                .withMessageContaining("already stored 500 files");
    }

    @Test
    void only_the_uploaders_own_documents_count_as_theirs_to_attach_even_when_they_may_read_others() {
        var own = storePng(amara);
        var kwamesGranted = storePng(kwame);
        grants.grant(kwamesGranted, amara.email());
        TestAccounts.signInAs(amara);

        assertThat(documents.allOwnedBySignedIn(List.of(own.id(), own.id()))).isTrue();
        assertThat(documents.allOwnedBySignedIn(List.of())).isTrue();
        assertThat(documents.find(kwamesGranted.id())).isPresent();
        assertThat(documents.allOwnedBySignedIn(List.of(own.id(), kwamesGranted.id()))).isFalse();
        assertThat(documents.allOwnedBySignedIn(List.of(UUID.randomUUID()))).isFalse();
    }

    @Test
    void an_unknown_document_is_not_found() {
        var unknown = UUID.randomUUID();
        assertThatExceptionOfType(DocumentNotFoundException.class).isThrownBy(() -> documents.open(unknown));
    }

    @Test
    void nobody_stores_or_reads_without_signing_in() {
        var evidence = storePng(amara);
        TestAccounts.signOut();
        byte[] png = SampleFiles.png();

        assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
                .isThrownBy(() -> documents.store(amara.id(), "x.png", new ByteArrayInputStream(png), png.length));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> documents.open(evidence.id()));
    }

    private DocumentReference storePng(AccountSummary owner) {
        TestAccounts.signInAs(owner);
        byte[] png = SampleFiles.png();
        return documents.store(owner.id(), "evidence.png", new ByteArrayInputStream(png), png.length);
    }

    private AccountSummary member(String name) {
        return TestAccounts.account(provisioning, name, Role.MEMBER);
    }

    /** Rows as if the account had uploaded {@code files} documents of {@code sizeEach} bytes (metadata only). */
    private void storedAlready(AccountSummary owner, int files, long sizeEach) {
        jdbc.batchUpdate("insert into document (id, owner_account_id, filename, content_type, size_bytes, sha256, "
                + "uploaded_at) values (?, ?, 'old.pdf', 'application/pdf', ?, repeat('0', 64), ?)",
                IntStream.range(0, files).mapToObj(i -> new Object[] {UUID.randomUUID().toString(),
                        owner.id(), sizeEach, Timestamp.from(clock.instant())}).toList());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** An upload whose connection drops: some bytes arrive, then the stream fails. */
    private static final class BreaksOffAfter extends InputStream {
        private final InputStream delivered;

        BreaksOffAfter(byte[] content, int bytesDelivered) {
            this.delivered = new ByteArrayInputStream(content, 0, bytesDelivered);
        }

        @Override
        public int read() throws IOException {
            int next = delivered.read();
            if (next < 0) {
                throw new IOException("Connection reset by peer");
            }
            return next;
        }
    }
}
