/**
 * What each module holds about a person, asked for one person at a time: the contributor interface every module
 * that keeps personal data implements (its part of an Art. 15/20 export, its share of an Art. 17 erasure), and the
 * kinds of record a retention rule may delete. It depends on nothing, so any module may implement it and the
 * {@code privacy} module gathers the parts without reaching into anyone's tables.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.guildhall.personaldata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
