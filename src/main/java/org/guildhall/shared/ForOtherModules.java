package org.guildhall.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose methods exist for other modules' processes (an exam pass awarding a designation, a panel
 * concluding a portfolio, attendance granting CPD credit). They trust their caller to have authorised the step,
 * so no view may call them: {@code ArchitectureTest} keeps every {@code ui} package away from such beans.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForOtherModules {
}
