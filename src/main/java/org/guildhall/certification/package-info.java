/**
 * Designations and the ways to earn and keep them: the designation catalogue with each designation's CPD hours
 * per certification cycle (routes, exams, cycles and certificates build on it).
 */
@NullMarked
package org.guildhall.certification;

import org.jspecify.annotations.NullMarked;
