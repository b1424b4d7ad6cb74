package org.guildhall.privacy.internal;

import java.nio.charset.StandardCharsets;

import org.guildhall.privacy.ExportNotFoundException;
import org.guildhall.privacy.PersonalDataService;
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

/** A person's export at {@code /privacy/exports/{id}}: theirs alone, until its link expires. */
@RestController
class ExportDownloadController {

    private final PersonalDataService personalData;

    ExportDownloadController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/privacy/exports/{exportId}")
    ResponseEntity<byte[]> export(@PathVariable long exportId) {
        byte[] zip = personalData.openExport(exportId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("guildhall-personal-data-" + exportId + ".zip", StandardCharsets.UTF_8).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(zip);
    }

    @ExceptionHandler({ExportNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> noSuchExport() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("There is no such export, it has expired, or it is not yours.");
    }
}
