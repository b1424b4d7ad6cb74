/**
 * Appeals under ISO/IEC 17024 (issue 20): a candidate appeals a panel decision, a member a CPD rejection or the
 * revocation of a certification, within the days a setting allows, with grounds and documents; the registrar forms
 * an appeal panel of assessors who took no part in the decision and have no conflict with the appellant; its chair
 * records the outcome with reasons, and an upheld appeal replaces the decision through the owning module's API
 * (assessment awards, CPD approves, certification withdraws the revocation). Every step is in the appeal's
 * append-only history, and the appellant is emailed. Its own module, so assessment, CPD and certification stay
 * unaware of appeals beyond the one API bean each offers.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "assessment::api", "certification::api", "cpd::api", "documents::api", "identity::api", "personaldata",
        "platform", "settings", "shared", "shell"})
package org.guildhall.appeals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
