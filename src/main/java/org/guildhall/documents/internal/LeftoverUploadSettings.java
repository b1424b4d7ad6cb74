package org.guildhall.documents.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code guildhall.documents.leftovers.*}: how long an upload that no form took up is kept before the daily job
 * removes it (a draft that holds it keeps it longer), and when that job runs.
 */
@ConfigurationProperties("guildhall.documents.leftovers")
record LeftoverUploadSettings(Duration grace, String cron) {
}
