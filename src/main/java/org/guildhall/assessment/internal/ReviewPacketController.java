package org.guildhall.assessment.internal;

import java.nio.charset.StandardCharsets;

import org.guildhall.assessment.PanelNotFoundException;
import org.guildhall.assessment.ReviewService;
import org.guildhall.platform.Languages;
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
 * The review packet at {@code /review/packet/{panelId}}, assembled on each request for a panel member or the
 * registrar; anyone else is told there is no such packet, as with documents.
 */
@RestController
class ReviewPacketController {

    private final ReviewService reviews;

    ReviewPacketController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review/packet/{panelId}")
    ResponseEntity<byte[]> packet(@PathVariable long panelId,
            @RequestParam(name = "lang", defaultValue = "") String languageTag) {
        // The workspace's link names the reader's language; the packet's own words follow it.
        byte[] packet = reviews.reviewPacket(panelId, Languages.fromTag(languageTag));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("review-packet-" + panelId + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(packet);
    }

    @ExceptionHandler({PanelNotFoundException.class, AccessDeniedException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> noSuchPacket() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("There is no such review packet, or it is not open to you.");
    }
}
