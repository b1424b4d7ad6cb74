package org.guildhall.certification.internal;

import org.guildhall.platform.PortalAddress;
import org.springframework.stereotype.Component;

/**
 * The public addresses of a credential, all on the portal's own address ({@link PortalAddress}): the public
 * credential page, the Open Badges issuer, key set, status lists and badges.
 */
@Component
public class CredentialLinks {

    private final PortalAddress portal;

    CredentialLinks(PortalAddress portal) {
        this.portal = portal;
    }

    /** The shareable public credential page, where the QR code and the LinkedIn link lead. */
    public String credentialPageUrl(String verificationCode) {
        return base() + "/credentials/" + verificationCode;
    }

    /** The signed Open Badge of the certification's current cycle. */
    public String badgeUrl(String verificationCode) {
        return base() + "/badges/credentials/" + verificationCode;
    }

    /** The institute's Open Badges issuer profile, which is also its issuer id. */
    public String issuerUrl() {
        return base() + "/badges/issuer";
    }

    /** The institute's public keys (JWKS), against which anyone checks a badge's signature. */
    public String jwksUrl() {
        return base() + "/badges/issuer/jwks";
    }

    /** The status list credential for {@code purpose} ("revocation" or "suspension"). */
    public String statusListUrl(String purpose) {
        return base() + "/badges/status/" + purpose;
    }

    /** The designation as an Open Badges achievement. */
    public String achievementUrl(String designationCode) {
        return base() + "/badges/achievements/" + designationCode;
    }

    public String portalUrl() {
        return base();
    }

    private String base() {
        return portal.baseUrl();
    }
}
