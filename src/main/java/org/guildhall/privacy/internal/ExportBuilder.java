package org.guildhall.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.privacy.ExportStatus;
import org.guildhall.privacy.PersonalDataExportReady;
import org.guildhall.privacy.domain.ExportArchives;
import org.guildhall.privacy.domain.PersonalDataExport;
import org.guildhall.privacy.domain.PersonalDataExportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the exports people asked for: every contributor writes its part into one ZIP, the progress is committed
 * after each part (the person's page shows it), and once stored the person is emailed. Also drops the archives of
 * exports whose link has expired.
 */
@Component
public class ExportBuilder {

    private static final Logger log = LoggerFactory.getLogger(ExportBuilder.class);

    private final PersonalDataExportRepository exports;
    private final ExportArchives archives;
    private final ObjectProvider<PersonalDataContributor> contributors;
    private final JsonMapper json;
    private final PrivacySettings settings;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ExportBuilder(PersonalDataExportRepository exports, ExportArchives archives,
            ObjectProvider<PersonalDataContributor> contributors, JsonMapper json, PrivacySettings settings,
            ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager, Clock clock) {
        this.exports = exports;
        this.archives = archives;
        this.contributors = contributors;
        this.json = json;
        this.settings = settings;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Builds every export waiting to be built. @return how many were built */
    public int buildWaiting() {
        int built = 0;
        for (var export : exports.findByStatusOrderByRequestedAt(ExportStatus.REQUESTED)) {
            if (build(export.id())) {
                built++;
            }
        }
        return built;
    }

    private boolean build(long exportId) {
        List<PersonalDataContributor> parts = contributors.orderedStream().toList();
        long accountId = update(exportId, export -> export.startBuilding(parts.size())).accountId();
        try {
            var zip = new ByteArrayOutputStream();
            try (var archive = new ZipArchive(zip, json)) {
                for (var contributor : parts) {
                    readOnly.executeWithoutResult(
                            status -> contributor.export(accountId, archive.part(contributor.part())));
                    update(exportId, PersonalDataExport::partDone);
                }
            }
            transaction.executeWithoutResult(status -> {
                archives.store(exportId, zip.toByteArray());
                var export = exports.findById(exportId).orElseThrow();
                export.ready(clock.instant(), settings.exportLinkValidity());
                publisher.publishEvent(new PersonalDataExportReady(exportId, accountId,
                        Objects.requireNonNull(export.expiresAt())));
            });
            return true;
        } catch (IOException | RuntimeException failed) {
            log.error("Personal data export {} failed", exportId, failed);
            update(exportId, PersonalDataExport::failed);
            return false;
        }
    }

    /** Drops the archives whose link has expired. @return how many */
    public int expireOld() {
        var expired = exports.findByStatusAndExpiresAtLessThanEqual(ExportStatus.READY, clock.instant());
        for (var export : expired) {
            update(export.id(), PersonalDataExport::expire);
            transaction.executeWithoutResult(status -> archives.delete(export.id()));
        }
        return expired.size();
    }

    private PersonalDataExport update(long exportId, Consumer<PersonalDataExport> change) {
        return Objects.requireNonNull(transaction.execute(status -> {
            var export = exports.findById(exportId).orElseThrow();
            change.accept(export);
            return export;
        }));
    }
}
