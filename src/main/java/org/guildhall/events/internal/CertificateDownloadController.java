package org.guildhall.events.internal;

import java.nio.charset.StandardCharsets;

import org.guildhall.events.AttendanceService;
import org.guildhall.events.EventNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Attendance certificates: {@code /events/{id}/certificate} for the signed-in attendee, and
 * {@code /events/{id}/certificate/{accountId}} for registrars. Anyone else gets a 404, as for a certificate that
 * does not exist.
 */
@RestController
class CertificateDownloadController {

    private final AttendanceService attendance;

    CertificateDownloadController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/events/{eventId}/certificate")
    ResponseEntity<byte[]> mine(@PathVariable long eventId) {
        return pdf(eventId, attendance.myCertificate(eventId));
    }

    @GetMapping("/events/{eventId}/certificate/{accountId}")
    ResponseEntity<byte[]> anyones(@PathVariable long eventId, @PathVariable long accountId) {
        return pdf(eventId, attendance.certificateOf(eventId, accountId));
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
    ResponseEntity<String> noSuchCertificate() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("There is no such certificate, or it is not yours.");
    }
}
