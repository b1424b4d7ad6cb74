package org.guildhall.reporting.internal;

import org.guildhall.assessment.AssessmentReport;
import org.guildhall.events.EventReport;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.AssessmentColumns;
import org.guildhall.reporting.AssessmentColumns.AssessorFilter;
import org.guildhall.reporting.EventColumns;
import org.guildhall.reporting.EventColumns.EventSelection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment report's two tables and the events report as exports. */
@Configuration(proxyBeanMethods = false)
class AssessmentAndEventExports {

    @Bean
    ListedReport<AssessmentReport.DecisionMonth> assessmentDecisions(AssessmentReport assessment,
            Translations translations) {
        return ListedReport.unfiltered(AssessmentColumns.DECISIONS, AssessmentColumns.MONTHLY,
                () -> assessment.decisionsByMonth(AssessmentColumns.MONTHS), translations);
    }

    @Bean
    PagedReport<AssessorFilter, AssessmentReport.AssessorActivity> assessors(AssessmentReport assessment,
            Translations translations) {
        return new PagedReport<>(AssessmentColumns.ASSESSORS, AssessmentColumns.ASSESSOR, AssessmentColumns::filterOf,
                AssessorFilter::describe,
                (filter, offset, limit) -> assessment.assessors(filter.search(), filter.sort(), offset, limit),
                translations);
    }

    @Bean
    PagedReport<EventSelection, EventReport.EventActivity> events(EventReport events, Translations translations) {
        return new PagedReport<>(EventColumns.REPORT, EventColumns.ALL, EventColumns::selectionOf,
                EventSelection::describe,
                (selection, offset, limit) -> events.events(selection.filter(), selection.sort(), offset, limit),
                translations);
    }
}
