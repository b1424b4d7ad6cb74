/**
 * Certification partners and approved courses: the organisations the registrar records with their contacts, the
 * courses they or the institute approve for CPD credit with a claim code, members redeeming a code, and rosters
 * that credit many members at once.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "cpd::api", "identity::api", "membership::api", "personaldata", "platform", "shared", "shell"})
package org.guildhall.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
