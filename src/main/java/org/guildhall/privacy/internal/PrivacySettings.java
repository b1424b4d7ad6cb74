package org.guildhall.privacy.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The privacy module's configuration ({@code guildhall.privacy.*}); the retention periods are settings an admin
 * changes from a day on ({@link org.guildhall.privacy.RetentionSettings}).
 *
 * @param exportLinkValidity how long a built export can be downloaded
 */
@ConfigurationProperties("guildhall.privacy")
public record PrivacySettings(@DefaultValue("7d") Duration exportLinkValidity) {
}
