package org.guildhall.certification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationStatus;
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
 * The certificate PDF at {@code /certificates/{id}}, drawn on each request from the current cycle, so a renewed
 * certification downloads with its new dates, in the holder's name as issued. Only the holder and staff get it;
 * anyone else gets the same 404 as for a certification that does not exist. A suspended or revoked certification
 * has no certificate to download as valid (409).
 */
@RestController
class CertificateController {

    private final CertificationService certifications;
    private final CredentialLinks settings;
    private final Translations translations;

    CertificateController(CertificationService certifications, CredentialLinks settings, Translations translations) {
        this.certifications = certifications;
        this.settings = settings;
        this.translations = translations;
    }

    /**
     * @param lang the language of the page it was asked from ({@code fr-FR}); without it, the browser's
     */
    @GetMapping("/certificates/{id}")
    ResponseEntity<?> certificate(@PathVariable long id, @RequestParam(required = false) @Nullable String lang,
            Locale browser) {
        var locale = lang == null ? Languages.match(browser) : Languages.fromTag(lang);
        var certification = certifications.certification(id);
        if (certification.status().isWithheld()) {
            return plainText(HttpStatus.CONFLICT, translations.text(locale,
                    certification.status() == CertificationStatus.REVOKED ? "certification.certificate.withheld-revoked"
                            : "certification.certificate.withheld-suspended"));
        }
        byte[] pdf = CertificatePdf.render(certification, settings.credentialPageUrl(certification.verificationCode()),
                locale, text -> translations.text(locale, text));
        var filename = certification.designationCode() + "-certificate-" + certification.verificationCode() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @ExceptionHandler({CertificationNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> noSuchCertificate(Locale browser) {
        return plainText(HttpStatus.NOT_FOUND, translations.text(Languages.match(browser),
                "certification.certificate.not-found"));
    }

    private static ResponseEntity<String> plainText(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message);
    }
}
