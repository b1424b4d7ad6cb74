package org.guildhall.certification.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code guildhall.credentials.*}: the key pair that signs Open Badges and status lists (an EC P-256 private key as
 * a JWK). {@code signingKey} (the JWK's JSON, e.g. from a secret store) wins over {@code signingKeyFile}; when
 * neither holds a key and {@code generateMissingKey} is on, a new key is generated and written to the file, as the
 * demo and the tests do.
 */
@Validated
@ConfigurationProperties("guildhall.credentials")
public record CredentialKeyProperties(String signingKey, Path signingKeyFile, boolean generateMissingKey) {
}
