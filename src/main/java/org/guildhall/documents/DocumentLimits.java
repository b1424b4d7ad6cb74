package org.guildhall.documents;

import java.util.List;

import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/**
 * What an upload may be, so forms can say it before anyone picks a file.
 *
 * @param contentTypes and {@code fileExtensions} are hints for the browser's file picker; the portal decides by
 *         content
 * @param summary for people, in English, such as "PDF, PNG or JPEG, up to 10 MB each"
 * @param description the same in the reader's language ({@code Translated.text(limits.description())})
 */
@NamedInterface("api")
public record DocumentLimits(long maxBytes, List<String> contentTypes, List<String> fileExtensions,
        String summary, Text description) {
}
