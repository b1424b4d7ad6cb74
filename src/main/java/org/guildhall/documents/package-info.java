/**
 * Uploaded evidence (application papers, portfolio pieces, CPD proof): checked by content, stored with its
 * checksum, and read only by its owner or by whom another module grants.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"identity::api", "personaldata", "platform", "shared", "shell"})
package org.guildhall.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
