/**
 * Technical foundation shared by every module: the embedded MariaDB used when no database is configured,
 * and clear start-up failures when the configured database cannot be reached.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.guildhall.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
