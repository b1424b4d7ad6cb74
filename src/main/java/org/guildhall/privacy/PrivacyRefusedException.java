package org.guildhall.privacy;

import org.guildhall.shared.Refused;

/** A privacy request that cannot go ahead, with the reason by key. */
public class PrivacyRefusedException extends Refused {

    public PrivacyRefusedException(String key) {
        super(key);
    }
}
