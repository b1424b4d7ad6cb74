package org.guildhall.membership.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the membership year's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MembershipProperties.class)
class MembershipConfiguration {
}
