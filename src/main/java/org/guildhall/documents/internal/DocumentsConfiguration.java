package org.guildhall.documents.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.guildhall.documents.domain.DocumentContentStores;
import org.guildhall.documents.domain.DocumentContents;
import org.guildhall.documents.domain.DocumentType;
import org.guildhall.documents.domain.UploadPolicy;
import org.guildhall.documents.domain.UploadQuota;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The upload rules and quota from {@code guildhall.documents.*} (an unknown type stops the start with a clear
 * message), and where documents' bytes are kept: the database always, an S3-compatible store when a bucket is named.
 * The download address's rule is in the portal's one list of web paths (identity's {@code PortalWebPaths}).
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

    @Bean
    DocumentContentStores documentContentStores(List<DocumentContents> stores, DocumentsProperties settings) {
        return new DocumentContentStores(stores, settings.storage().uploadsTo());
    }

    /** The object store, when {@code guildhall.documents.storage.s3.bucket} names a bucket. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${guildhall.documents.storage.s3.bucket:}'.isBlank()")
    static class ObjectStorage {

        private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);

        @Bean(destroyMethod = "close")
        S3Client documentsS3Client(DocumentsProperties settings) {
            var s3 = settings.storage().s3();
            var builder = S3Client.builder()
                    .region(Region.of(s3.region()))
                    .forcePathStyle(s3.pathStyle())
                    // Checksums only where the API demands them: MinIO, Ceph and S3Proxy do not all take the
                    // SDK's newer default trailers. The portal checks content by its own SHA-256.
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            if (!s3.endpoint().isBlank()) {
                builder.endpointOverride(URI.create(s3.endpoint()));
            }
            if (!s3.accessKey().isBlank()) {
                builder.credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
            }
            return builder.build();
        }

        @Bean
        ObjectStorageContents objectStorageContents(S3Client documentsS3Client, DocumentsProperties settings,
                JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
            String bucket = settings.storage().s3().bucket();
            ensureBucket(documentsS3Client, bucket);
            return new ObjectStorageContents(documentsS3Client, bucket, jdbc, transactions, clock);
        }

        private static void ensureBucket(S3Client s3, String bucket) {
            try {
                s3.headBucket(request -> request.bucket(bucket));
            } catch (S3Exception missing) {
                if (missing.statusCode() != HttpStatus.NOT_FOUND.value()) {
                    throw missing;
                }
                s3.createBucket(request -> request.bucket(bucket));
                log.info("Created bucket {} for documents", bucket);
            }
        }
    }
}
