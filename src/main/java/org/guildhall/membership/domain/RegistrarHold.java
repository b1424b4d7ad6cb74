package org.guildhall.membership.domain;

/** A registrar's decision that overrides the membership year: suspension (may be lifted) or expulsion. */
public enum RegistrarHold {
    SUSPENDED, EXPELLED
}
