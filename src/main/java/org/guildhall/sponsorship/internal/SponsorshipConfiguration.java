package org.guildhall.sponsorship.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the sponsorship settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SponsorshipProperties.class)
class SponsorshipConfiguration {
}
