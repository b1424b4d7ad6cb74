package org.guildhall.certification.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Certificate downloads need a signed-in person (Vaadin's security refuses every request that is not Vaadin's
 * own); the certification service decides whose certificate each one may have.
 */
@Configuration(proxyBeanMethods = false)
class CertificateWebSecurity {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> certificatesNeedSignIn() {
        return requests -> requests.requestMatchers("/certificates/*").authenticated();
    }
}
