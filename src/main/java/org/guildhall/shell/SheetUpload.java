package org.guildhall.shell;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.guildhall.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload of a list staff send as a CSV file, for {@link SheetReport}: one file, CSV or text, of at most
 * {@code maxBytes}. The file is read on the upload's own request, where the uploader is signed in, so
 * {@code reader} may call their services there; it returns the change to the page, made through {@link UI#access}. A refusal is shown through {@code onProblem} in the reader's language, anything else is
 * logged and shown as the {@code unreadableKey} message.
 */
final class SheetUpload {

    private static final Logger log = LoggerFactory.getLogger(SheetUpload.class);

    private final String id;
    private final Function<byte[], Runnable> reader;
    private final Consumer<String> onProblem;
    private final String unreadableKey;

    private SheetUpload(String id, Function<byte[], Runnable> reader, Consumer<String> onProblem,
            String unreadableKey) {
        this.id = id;
        this.reader = reader;
        this.onProblem = onProblem;
        this.unreadableKey = unreadableKey;
    }

    /** A plain {@link Upload} (so browserless tests drive it as one) set up for such a list. */
    static Upload create(String id, int maxBytes, Function<byte[], Runnable> reader,
            Consumer<String> onProblem, String unreadableKey) {
        var handler = new SheetUpload(id, reader, onProblem, unreadableKey);
        var upload = new Upload();
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileExtensions(".csv", ".txt");
        upload.setUploadHandler(handler::receive);
        upload.addFileRejectedListener(rejected -> onProblem.accept(rejected.getErrorMessage()));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }

    private void receive(UploadEvent upload) throws IOException {
        UI ui = upload.getUI();
        byte[] sheet;
        try (var content = upload.getInputStream()) {
            sheet = content.readAllBytes();
        }
        try {
            Runnable show = reader.apply(sheet);
            ui.access(show::run);
        } catch (Refused refused) {
            ui.access(() -> onProblem.accept(Translated.text(refused.reason())));
        } catch (RuntimeException failure) {
            log.error("Reading an uploaded list ({}) failed", id, failure);
            ui.access(() -> onProblem.accept(ui.getTranslation(unreadableKey)));
        }
    }
}
