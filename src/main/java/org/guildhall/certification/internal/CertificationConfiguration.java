package org.guildhall.certification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the certification settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredentialKeyProperties.class)
class CertificationConfiguration {
}
