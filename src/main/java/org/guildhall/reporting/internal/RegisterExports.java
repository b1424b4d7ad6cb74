package org.guildhall.reporting.internal;

import org.guildhall.membership.RegisterReport;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.RegisterColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register report's two tables as exports. */
@Configuration(proxyBeanMethods = false)
class RegisterExports {

    @Bean
    ListedReport<RegisterReport.CategoryStatusCount> registerByStatus(RegisterReport register,
            Translations translations) {
        return ListedReport.unfiltered(RegisterColumns.BY_STATUS, RegisterColumns.STATUS, register::byCategoryAndStatus,
                translations);
    }

    @Bean
    ListedReport<RegisterReport.JoinsAndLapses> registerByMonth(RegisterReport register, Translations translations) {
        return ListedReport.unfiltered(RegisterColumns.BY_MONTH, RegisterColumns.MONTHLY,
                () -> register.joinsAndLapses(RegisterColumns.MONTHS), translations);
    }
}
