package org.guildhall.documents.internal;

import java.util.List;

import org.guildhall.documents.domain.DocumentType;
import org.guildhall.documents.domain.UploadPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The upload rules from {@code guildhall.documents.*} (an unknown type stops the start with a clear message). The
 * download address's rule is in the portal's one list of web paths (identity's {@code PortalWebPaths}).
 */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    UploadPolicy uploadPolicy(@Value("${guildhall.documents.max-size}") DataSize maxSize,
            @Value("${guildhall.documents.allowed-types}") List<String> types) {
        return new UploadPolicy(maxSize.toBytes(), types.stream().map(DocumentType::forContentType).toList());
    }
}
