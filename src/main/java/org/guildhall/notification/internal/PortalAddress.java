package org.guildhall.notification.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code guildhall.base-url}: the portal's public address, which every link in an email starts with
 * ({@code GUILDHALL_BASE_URL}).
 */
@Validated
@ConfigurationProperties("guildhall")
record PortalAddress(@NotBlank String baseUrl) {
}
