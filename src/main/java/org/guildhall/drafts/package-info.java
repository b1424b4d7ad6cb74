/**
 * Drafts of long forms: what a signed-in person types into a form is kept on the server, per account and form, until
 * they submit it, so that a session that ends or a portal restart loses nothing, uploaded files included.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "identity::api", "personaldata", "shared", "shell"})
package org.guildhall.drafts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
