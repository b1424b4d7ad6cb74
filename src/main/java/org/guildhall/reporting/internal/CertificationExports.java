package org.guildhall.reporting.internal;

import org.guildhall.certification.CertificationMonthSummary;
import org.guildhall.certification.CertificationReport;
import org.guildhall.certification.SittingResultSummary;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.CertificationColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The certification report's two tables as exports, filtered by designation and months like the screen. */
@Configuration(proxyBeanMethods = false)
class CertificationExports {

    @Bean
    ListedReport<CertificationMonthSummary> certificationsByMonth(CertificationReport report,
            Translations translations) {
        return new ListedReport<>(CertificationColumns.BY_MONTH, CertificationColumns.MONTHLY, parameters -> {
            var filter = CertificationColumns.filterOf(parameters);
            return new ListedReport.Listing<>(sink -> report.byDesignationAndMonth(filter.months(),
                    filter.designationCode()).forEach(sink), filter.describe());
        }, translations);
    }

    @Bean
    ListedReport<SittingResultSummary> examResults(CertificationReport report, Translations translations) {
        return new ListedReport<>(CertificationColumns.EXAM_RESULTS, CertificationColumns.RESULTS, parameters -> {
            var filter = CertificationColumns.filterOf(parameters);
            return new ListedReport.Listing<>(sink -> report.examResultsBySitting(filter.months(),
                    filter.designationCode()).forEach(sink), filter.describe());
        }, translations);
    }
}
