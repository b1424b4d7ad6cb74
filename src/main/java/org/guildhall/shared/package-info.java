/**
 * The few types every module shares: the bases of the exceptions a module throws when it turns a request down
 * ({@link org.guildhall.shared.Refused}) or finds nothing the caller may see ({@link org.guildhall.shared.NotFound}),
 * so the shell's error handler can answer any module's refusal without knowing the module; and the one way to cut
 * a text to fit its column ({@link org.guildhall.shared.Shortened}). It depends on nothing.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.guildhall.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
