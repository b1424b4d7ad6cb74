/**
 * A person's rights over their data (GDPR Articles 15, 17 and 20): the export of everything the portal holds about
 * them, built in the background from every module's {@link org.guildhall.personaldata.PersonalDataContributor};
 * requests to be forgotten, which the registrar approves or refuses; and the retention rules that delete old
 * records of a kind, with a dry run to read first.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"identity::api", "personaldata", "platform", "settings", "shared", "shell"})
package org.guildhall.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
