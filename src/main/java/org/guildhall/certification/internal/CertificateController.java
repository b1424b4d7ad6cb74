package org.guildhall.certification.internal;

import java.nio.charset.StandardCharsets;

import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationService;
import org.guildhall.identity.AccountService;
import org.guildhall.platform.PortalAddress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The certificate PDF at {@code /certificates/{id}}, drawn on each request from the current cycle, so a renewed
 * certification downloads with its new dates. Only the holder and staff get it; anyone else gets the same 404 as
 * for a certification that does not exist.
 */
@RestController
class CertificateController {

    private final CertificationService certifications;
    private final AccountService accounts;
    private final PortalAddress portal;

    CertificateController(CertificationService certifications, AccountService accounts,
            PortalAddress portal) {
        this.certifications = certifications;
        this.accounts = accounts;
        this.portal = portal;
    }

    @GetMapping("/certificates/{id}")
    ResponseEntity<byte[]> certificate(@PathVariable long id) {
        var certification = certifications.certification(id);
        var holder = accounts.summaryOf(certification.holderAccountId());
        byte[] pdf = CertificatePdf.render(certification, holder.fullName(),
                portal.link("verify/" + certification.verificationCode()));
        var filename = certification.designationCode() + "-certificate-" + certification.verificationCode() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @ExceptionHandler({CertificationNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> noSuchCertificate() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("There is no such certificate, or it is not open to you.");
    }
}
