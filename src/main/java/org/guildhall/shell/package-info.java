/**
 * The portal shell every feature lands in: the app layout with its role-aware side navigation and user menu,
 * the home page assembled from the panels modules contribute, and the error pages.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.guildhall.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
