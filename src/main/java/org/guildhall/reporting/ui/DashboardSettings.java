package org.guildhall.reporting.ui;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param freshFor how long the operations dashboard's figures are shown before they are counted again (in the
 *        background, each instance on its own); zero counts them on every visit
 */
@ConfigurationProperties("guildhall.reporting.dashboard")
record DashboardSettings(@DefaultValue("1m") Duration freshFor) {
}
