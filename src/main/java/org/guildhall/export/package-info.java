/**
 * The one safe way a table leaves the portal as a file: RFC 4180 CSV (UTF-8 with a byte-order mark, cells a
 * spreadsheet would run as formulas neutralised) or streamed xlsx. The staff reports and the member's own CPD log
 * both write through it; it knows nothing of what the rows mean.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.guildhall.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
