package org.guildhall.certification.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The certification settings read from {@code guildhall.*} (defaults in application.properties). The lapse job's
 * schedule, {@code guildhall.certification.lapse-cron}, stays a placeholder in its {@code @Scheduled}.
 *
 * @param baseUrl the portal's public address, which a certificate's verification link starts with
 */
@Validated
@ConfigurationProperties("guildhall")
public record CertificationProperties(@NotBlank String baseUrl) {

    /** The public page that checks the certificate with {@code verificationCode}. */
    public String verificationUrl(String verificationCode) {
        return baseUrl.replaceAll("/+$", "") + "/verify/" + verificationCode;
    }
}
