/**
 * The registrar's reports and the operations dashboard: it only assembles what the modules owning the data expose
 * as read models (CPD compliance from cpd, the register from membership, certifications and exam results from
 * certification, invoices from payment, panels from assessment, events from events), writes every export through
 * the export module's one safe CSV/xlsx writer, and audits each export.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "assessment::api", "certification::api", "cpd::api", "events::api", "export", "identity::api",
        "membership::api", "membership::events", "payment::api", "platform", "shared", "shell"})
package org.guildhall.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
