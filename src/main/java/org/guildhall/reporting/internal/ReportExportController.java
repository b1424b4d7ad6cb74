package org.guildhall.reporting.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.export.ExportFormat;
import org.guildhall.platform.Languages;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.ReportExports;
import org.guildhall.reporting.ReportRefusedException;
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
 * A report's export at {@code /report-exports/{report}/{format}} ({@code csv} or {@code xlsx}), its filters as
 * query parameters and {@code lang} the language of the headings (else the browser's), streamed to the response.
 */
@RestController
class ReportExportController {

    private final ReportExports exports;
    private final Translations translations;
    private final Clock clock;

    ReportExportController(ReportExports exports, Translations translations, Clock clock) {
        this.exports = exports;
        this.translations = translations;
        this.clock = clock;
    }

    @GetMapping("/report-exports/{report}/{format}")
    void export(@PathVariable String report, @PathVariable String format,
            @RequestParam Map<String, String> parameters, Locale requestLocale, HttpServletResponse response)
            throws IOException {
        var definition = exports.report(report).orElse(null);
        var exportFormat = ExportFormat.byExtension(format).orElse(null);
        if (definition == null || exportFormat == null) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        String lang = parameters.get("lang");
        Locale locale = lang == null ? Languages.match(requestLocale) : Languages.fromTag(lang);
        String fileName = report + "-" + LocalDate.now(clock) + "." + exportFormat.extension();
        exports.export(definition, parameters, exportFormat, locale, () -> {
            response.setContentType(exportFormat.mediaType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return response.getOutputStream();
        });
    }

    @ExceptionHandler(ReportRefusedException.class)
    ResponseEntity<String> refused(ReportRefusedException refusal, Locale requestLocale) {
        return ResponseEntity.badRequest()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(translations.text(Languages.match(requestLocale), refusal.reason()));
    }
}
