package org.guildhall.privacy.internal;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The privacy module's settings ({@code guildhall.privacy.*}).
 *
 * @param exportLinkValidity how long a built export can be downloaded
 * @param retention per kind of record ({@link org.guildhall.personaldata.RetainedRecords#kind()}), how long it is
 *        kept before the retention job deletes it; a kind not named here is kept
 */
@ConfigurationProperties("guildhall.privacy")
public record PrivacySettings(@DefaultValue("7d") Duration exportLinkValidity, Map<String, Period> retention) {

    public PrivacySettings {
        retention = retention == null ? Map.of() : Map.copyOf(retention);
    }
}
