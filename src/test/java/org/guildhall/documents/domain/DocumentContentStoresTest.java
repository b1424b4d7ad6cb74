package org.guildhall.documents.domain;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Issue 15: uploads go where the setting says; a setting naming a store that is not configured stops the start. */
class DocumentContentStoresTest {

    @Test
    void new_uploads_go_to_the_configured_store() {
        var database = new FakeStore(ContentLocation.DATABASE);
        var objects = new FakeStore(ContentLocation.OBJECT_STORE);

        assertThat(new DocumentContentStores(List.of(database, objects), ContentLocation.OBJECT_STORE).forUploads())
                .isSameAs(objects);
        assertThat(new DocumentContentStores(List.of(database, objects), ContentLocation.DATABASE).forUploads())
                .isSameAs(database);
    }

    @Test
    void uploads_to_an_object_store_without_a_bucket_are_refused_at_start_with_the_setting_to_fix() {
        var databaseOnly = List.<DocumentContents>of(new FakeStore(ContentLocation.DATABASE));

        assertThatIllegalStateException()
                .isThrownBy(() -> new DocumentContentStores(databaseOnly, ContentLocation.OBJECT_STORE))
                .withMessageContaining("GUILDHALL_S3_BUCKET");
    }

    private record FakeStore(ContentLocation location) implements DocumentContents {

        @Override
        public void write(Document document, byte[] content) {
        }

        @Override
        public InputStream read(Document document) {
            return InputStream.nullInputStream();
        }

        @Override
        public void release(Document document) {
        }
    }
}
