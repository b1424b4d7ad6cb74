package org.guildhall.reporting;

import org.guildhall.shared.Refused;

/** A report asked for with filters it cannot read. */
public class ReportRefusedException extends Refused {

    public ReportRefusedException(String key) {
        super(key);
    }
}
