package org.guildhall.documents.internal;

import org.guildhall.documents.domain.DocumentType;
import org.guildhall.documents.domain.UploadPolicy;
import org.guildhall.documents.domain.UploadQuota;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upload rules and quota from {@code guildhall.documents.*} (an unknown type stops the start with a clear
 * message). The download address's rule is in the portal's one list of web paths (identity's
 * {@code PortalWebPaths}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
class DocumentsConfiguration {

    @Bean
    UploadPolicy uploadPolicy(DocumentsProperties settings) {
        return new UploadPolicy(settings.maxSize().toBytes(),
                settings.allowedTypes().stream().map(DocumentType::forContentType).toList(), settings.maxImagePixels());
    }

    @Bean
    UploadQuota uploadQuota(DocumentsProperties settings) {
        return new UploadQuota(settings.quota().totalSize().toBytes(), settings.quota().files());
    }
}
