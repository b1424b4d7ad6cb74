package org.guildhall.cpd.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.TranscriptService;
import org.guildhall.platform.Languages;
import org.guildhall.platform.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The transcript PDF at {@code /cpd-transcripts/{certificationId}/{cycle}}, generated on each request, in the
 * language of the screen the link was on ({@code ?lang=fr-FR}), else the browser's.
 */
@RestController
class TranscriptController {

    private final TranscriptService transcripts;
    private final Translations translations;

    TranscriptController(TranscriptService transcripts, Translations translations) {
        this.transcripts = transcripts;
        this.translations = translations;
    }

    @GetMapping("/cpd-transcripts/{certificationId}/{cycle}")
    ResponseEntity<byte[]> transcript(@PathVariable long certificationId, @PathVariable int cycle,
            @RequestParam(name = "lang", required = false) @Nullable String language, Locale browserLanguage) {
        byte[] pdf = transcripts.transcript(certificationId, cycle,
                language == null ? Languages.match(browserLanguage) : Languages.fromTag(language));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cpd-transcript-" + certificationId + "-cycle-" + cycle + ".pdf",
                                StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    @ExceptionHandler({CertificationNotFoundException.class, CpdRefusedException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> noSuchTranscript(Locale browserLanguage) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(translations.text(Languages.match(browserLanguage), "cpd.transcript.not-found"));
    }
}
