package org.guildhall.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.guildhall.calendar.CalendarEntryNotFoundException;
import org.guildhall.calendar.CalendarService;
import org.guildhall.platform.Languages;
import org.guildhall.platform.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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
 * Calendar files: {@code /calendar/files/{kind}/{id}} is one booking's {@code .ics} for the signed-in person whose
 * booking it is (anyone else gets the same 404 as for a booking that does not exist), written in the language of
 * {@code ?lang=}; {@code /calendar/feed/{secret}} is a personal feed, open to whoever holds its secret address
 * (calendar applications do not sign in), 404 once revoked.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarService calendars;
    private final Translations translations;

    CalendarController(CalendarService calendars, Translations translations) {
        this.calendars = calendars;
        this.translations = translations;
    }

    @GetMapping("/calendar/files/{kind}/{bookingId}")
    ResponseEntity<byte[]> file(@PathVariable String kind, @PathVariable long bookingId,
            @RequestParam(required = false) @Nullable String lang, Locale browser) {
        var language = lang == null ? Languages.match(browser) : Languages.fromTag(lang);
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(kind + "-" + bookingId + ".ics", StandardCharsets.UTF_8).build().toString())
                .body(calendars.myFile(kind, bookingId, language));
    }

    @GetMapping("/calendar/feed/{secret}")
    ResponseEntity<byte[]> feed(@PathVariable String secret, Locale browser) {
        return calendars.feed(secret)
                .map(content -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                        .body(content))
                .orElseGet(() -> notFound(browser));
    }

    @ExceptionHandler({CalendarEntryNotFoundException.class, AccessDeniedException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<byte[]> notFound(Locale browser) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(translations.text(Languages.match(browser), "calendar.not-found")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
