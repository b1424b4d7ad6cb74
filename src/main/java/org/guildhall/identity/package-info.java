/**
 * Who may sign in and with which roles: accounts, self-registration of applicants, sign-in with lock-out after
 * repeated failures, and the admin's granting and revoking of staff roles with its audit trail.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "personaldata", "platform", "shared", "shell"})
package org.guildhall.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
