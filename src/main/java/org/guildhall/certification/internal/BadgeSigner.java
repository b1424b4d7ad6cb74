package org.guildhall.certification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs credentials as VC-JOSE JWTs (W3C "Securing Verifiable Credentials using JOSE and COSE": the credential is
 * the JWT's claims, {@code typ} {@code vc+jwt}, {@code cty} {@code vc}) with the institute's EC P-256 key (ES256),
 * and publishes its public half. The key id is the key set's URL with the key's RFC 7638 thumbprint as fragment, so
 * a verifier holding only the badge knows where to find the key.
 */
@Component
class BadgeSigner {

    private static final Logger log = LoggerFactory.getLogger(BadgeSigner.class);
    static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    private final ECKey key;

    BadgeSigner(CredentialKeyProperties settings, CredentialLinks urls) {
        var loaded = load(settings);
        try {
            this.key = new ECKey.Builder(loaded).keyID(urls.jwksUrl() + "#" + loaded.computeThumbprint())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("The badge signing key has no thumbprint", e);
        }
    }

    /** The compact JWS of {@code credential}, signed as a {@code vc+jwt}. */
    String sign(Map<String, Object> credential) {
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(VC_JWT).contentType("vc").keyID(key.getKeyID())
                .build();
        var jws = new JWSObject(header, new Payload(credential));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a credential", e);
        }
        return jws.serialize();
    }

    /** The public key set, as published for verifiers. */
    Map<String, Object> publicKeys() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    private static ECKey load(CredentialKeyProperties settings) {
        try {
            if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
                return asEcKey(JWK.parse(settings.signingKey()));
            }
            var file = settings.signingKeyFile();
            if (Files.exists(file)) {
                return asEcKey(JWK.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            if (!settings.generateMissingKey()) {
                throw new IllegalStateException("No badge signing key: set GUILDHALL_BADGE_SIGNING_KEY (an EC P-256 "
                        + "private JWK) or GUILDHALL_BADGE_SIGNING_KEY_FILE, or allow GUILDHALL_BADGE_GENERATE_KEY");
            }
            var generated = new ECKeyGenerator(Curve.P_256).generate();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, generated.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("Cannot restrict the key file's permissions on this file system");
            }
            log.warn("Generated a new badge signing key in {}; badges signed with an earlier key no longer verify",
                    file.toAbsolutePath());
            return generated;
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The badge signing key is not a valid EC P-256 private JWK", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the badge signing key", e);
        }
    }

    private static ECKey asEcKey(JWK jwk) {
        if (!(jwk instanceof ECKey ec) || !ec.isPrivate() || !Curve.P_256.equals(ec.getCurve())) {
            throw new IllegalStateException("The badge signing key must be an EC P-256 private JWK");
        }
        return ec;
    }
}
