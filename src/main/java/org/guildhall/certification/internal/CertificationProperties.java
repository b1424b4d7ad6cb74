package org.guildhall.certification.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The certification settings read from {@code guildhall.*} (defaults in application.properties). The lapse job's
 * schedule, {@code guildhall.certification.lapse-cron}, stays a placeholder in its {@code @Scheduled}.
 *
 * @param baseUrl the portal's public address, which every public link of a credential starts with (the
 *        public credential page, the Open Badges issuer, key set, status lists and badges)
 */
@Validated
@ConfigurationProperties("guildhall")
public record CertificationProperties(@NotBlank String baseUrl) {

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
        return baseUrl.replaceAll("/+$", "");
    }
}
