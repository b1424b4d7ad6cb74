package org.guildhall.documents.internal;

import org.guildhall.documents.domain.DocumentType;
import org.guildhall.documents.domain.UploadPolicy;
import org.guildhall.documents.domain.UploadQuota;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The upload rules and quota from {@code guildhall.documents.*} ({@link DocumentsSettings}; an unknown type stops
 * the start with a clear message), and the download address's place in the portal's web security.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsSettings.class)
class DocumentsConfiguration {

    @Bean
    UploadPolicy uploadPolicy(DocumentsSettings settings) {
        return new UploadPolicy(settings.maxSize().toBytes(),
                settings.allowedTypes().stream().map(DocumentType::forContentType).toList(), settings.maxImagePixels());
    }

    @Bean
    UploadQuota uploadQuota(DocumentsSettings settings) {
        return new UploadQuota(settings.quota().totalSize().toBytes(), settings.quota().files());
    }

    /**
     * Vaadin's security refuses every request that is not Vaadin's own; downloads need only a signed-in person
     * here, because the document service decides about each document. Spring Security applies this bean to the
     * portal's filter chain, so the identity module's configuration need not know about documents.
     */
    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> downloadsNeedSignIn() {
        return requests -> requests.requestMatchers("/documents/*").authenticated();
    }
}
