package org.guildhall.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.guildhall.documents.DocumentNotFoundException;
import org.guildhall.documents.DocumentService;
import org.guildhall.platform.Languages;
import org.guildhall.platform.Translations;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Downloads at {@code /documents/{id}} (the links {@code DocumentReference.downloadPath()} gives), asking the
 * document service on every request whether the signed-in person may read the document. A document that does not
 * exist and one that is not theirs both answer 404, so a link never tells whether someone else's document exists.
 * Visitors who are not signed in are sent to sign in first, like everywhere in the portal.
 */
@RestController
class DocumentDownloadController {

    private final DocumentService documents;
    private final Translations translations;

    DocumentDownloadController(DocumentService documents, Translations translations) {
        this.documents = documents;
        this.translations = translations;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id,
            @RequestParam(name = "view", defaultValue = "false") boolean view) {
        var content = documents.open(id);
        var document = content.document();
        // Saved by default; "view" shows it in the browser, sandboxed so a document can run nothing in the
        // portal's origin (only checked PDF, PNG and JPEG are ever stored).
        var disposition = (view ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(document.filename(), StandardCharsets.UTF_8).build();
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff");
        if (view) {
            response.header("Content-Security-Policy", "sandbox");
        }
        return response.body(new InputStreamResource(content.bytes()));
    }

    @ExceptionHandler({DocumentNotFoundException.class, AccessDeniedException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> noSuchDocument(Locale browserLanguage) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(translations.text(Languages.match(browserLanguage), "documents.download.none"));
    }
}
