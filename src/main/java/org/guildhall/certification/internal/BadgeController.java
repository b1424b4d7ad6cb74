package org.guildhall.certification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.guildhall.identity.PublicLookupLimits;
import org.guildhall.identity.TooManyRequestsException;
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

/**
 * The institute's Open Badges 3.0 on the web, open to anyone (issue 17): the issuer profile, its public keys
 * (JWKS), the revocation and suspension status lists (signed {@code vc+jwt}), and each certification's badge at a
 * stable URL as a VC 2.0 {@code EnvelopedVerifiableCredential} (JSON carrying the signed JWT), which My
 * certifications offers for download. Badge look-ups by code share the public pages' per-client rate limit.
 */
@RestController
class BadgeController {

    static final MediaType VC_JWT = new MediaType("application", "vc+jwt");
    static final MediaType JWK_SET = new MediaType("application", "jwk-set+json");

    private final BadgeIssuer issuer;
    private final BadgeSigner signer;
    private final CredentialLinks urls;
    private final PublicLookupLimits lookupLimits;

    BadgeController(BadgeIssuer issuer, BadgeSigner signer, CredentialLinks urls,
            PublicLookupLimits lookupLimits) {
        this.issuer = issuer;
        this.signer = signer;
        this.urls = urls;
        this.lookupLimits = lookupLimits;
    }

    @GetMapping("/badges/issuer")
    ResponseEntity<Map<String, Object>> issuerProfile() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(OpenBadgeCredentials.issuerProfile(urls));
    }

    @GetMapping("/badges/issuer/jwks")
    ResponseEntity<Map<String, Object>> publicKeys() {
        return ResponseEntity.ok().contentType(JWK_SET).body(signer.publicKeys());
    }

    @GetMapping("/badges/status/{purpose}")
    ResponseEntity<String> statusList(@PathVariable String purpose) {
        return issuer.signedStatusList(purpose)
                .map(jwt -> ResponseEntity.ok().contentType(VC_JWT).body(jwt))
                .orElseGet(() -> plainText(HttpStatus.NOT_FOUND, "The institute publishes the status lists "
                        + "\"revocation\" and \"suspension\" only."));
    }

    /** The badge; {@code ?download=true} adds a file name for saving it. */
    @GetMapping("/badges/credentials/{code}")
    ResponseEntity<?> badge(@PathVariable String code, @RequestParam(defaultValue = "false") boolean download) {
        lookupLimits.takeCredentialLookup();
        return issuer.signedBadge(code).<ResponseEntity<?>>map(jwt -> {
            var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
            if (download) {
                response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("badge-" + code.strip().toUpperCase() + ".json", StandardCharsets.UTF_8).build()
                        .toString());
            }
            return response.body(Map.of(
                    "@context", OpenBadgeCredentials.VC_CONTEXT,
                    "id", "data:application/vc+jwt," + jwt,
                    "type", "EnvelopedVerifiableCredential"));
        }).orElseGet(() -> plainText(HttpStatus.NOT_FOUND, "No credential has the code " + code.strip()
                + ". Check the code as printed; if it is right, the credential was not issued by the institute."));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<String> tooMany(TooManyRequestsException tooMany) {
        return plainText(HttpStatus.TOO_MANY_REQUESTS, tooMany.getMessage());
    }

    private static ResponseEntity<String> plainText(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message);
    }
}
