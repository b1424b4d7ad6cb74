package org.guildhall.privacy;

/** Where a personal data export stands. */
public enum ExportStatus {
    REQUESTED, BUILDING, READY, EXPIRED, FAILED
}
