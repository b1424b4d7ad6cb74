package org.guildhall.events.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.guildhall.events.AttendanceService;
import org.guildhall.events.EventNotFoundException;
import org.guildhall.platform.Languages;
import org.guildhall.platform.Translations;
import org.jspecify.annotations.Nullable;
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
 * Attendance certificates: {@code /events/{id}/certificate} for the signed-in attendee, and
 * {@code /events/{id}/certificate/{accountId}} for registrars. Anyone else gets a 404, as for a certificate that
 * does not exist. The certificate is written in the language of {@code ?lang=} (the portal's language when the
 * link was shown), else the one the browser asks for.
 */
@RestController
class CertificateDownloadController {

    private final AttendanceService attendance;

    private final Translations translations;

    CertificateDownloadController(AttendanceService attendance, Translations translations) {
        this.attendance = attendance;
        this.translations = translations;
    }

    @GetMapping("/events/{eventId}/certificate")
    ResponseEntity<byte[]> mine(@PathVariable long eventId, @RequestParam(required = false) @Nullable String lang,
            Locale browser) {
        return pdf(eventId, attendance.myCertificate(eventId, language(lang, browser)));
    }

    @GetMapping("/events/{eventId}/certificate/{accountId}")
    ResponseEntity<byte[]> anyones(@PathVariable long eventId, @PathVariable long accountId,
            @RequestParam(required = false) @Nullable String lang, Locale browser) {
        return pdf(eventId, attendance.certificateOf(eventId, accountId, language(lang, browser)));
    }

    private static Locale language(@Nullable String requested, Locale browser) {
        return requested == null ? Languages.match(browser) : Languages.fromTag(requested);
    }

    private static ResponseEntity<byte[]> pdf(long eventId, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attendance-certificate-" + eventId + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .body(content);
    }

    @ExceptionHandler({EventNotFoundException.class, AccessDeniedException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> noSuchCertificate(Locale browser) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(translations.text(Languages.match(browser), "events.certificate.not-found"));
    }
}
