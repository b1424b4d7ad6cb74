package org.guildhall.privacy;

/** Where a request to be forgotten stands. */
public enum ErasureStatus {
    REQUESTED, ERASED, REFUSED
}
