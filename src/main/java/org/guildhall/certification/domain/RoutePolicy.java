package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guildhall.certification.Route;
import org.guildhall.certification.RouteCheck;
import org.guildhall.shared.Text;

/**
 * The eligibility rules of the two routes (seed 003), each requirement reported on its own so a candidate sees
 * everything still missing at once. The years required are the designation's (reference data, 5 and 2 as seeded).
 */
public final class RoutePolicy {

    private RoutePolicy() {
    }

    /**
     * Experience route: "a minimum of 5 years of relevant work experience in customer service management, customer
     * relationship management (CRM), or a similar role".
     */
    public static RouteCheck experienceRoute(String designationCode, boolean offered, int yearsRequired,
            List<WorkSpan> managementOrCrm, LocalDate today) {
        var total = ExperienceTotal.of(managementOrCrm, today);
        var unmet = new ArrayList<Text>();
        if (!offered) {
            unmet.add(Text.of("certification.route.experience-not-offered", designationCode));
        }
        if (!total.meets(yearsRequired)) {
            unmet.add(Text.of("certification.route.management-short", total.shortfall(yearsRequired)));
        }
        return new RouteCheck(Route.EXPERIENCE, designationCode, ExperienceTotal.describe(total.counted()),
                List.copyOf(unmet));
    }

    /**
     * Exam route: "a minimum of 2 years of experience in a customer service-related role" and the required courses
     * completed, each shown by a course certificate.
     */
    public static RouteCheck examRoute(String designationCode, boolean offered, int yearsRequired,
            List<WorkSpan> customerService, List<String> coursesWithoutCertificate, LocalDate today) {
        var total = ExperienceTotal.of(customerService, today);
        var unmet = new ArrayList<Text>();
        if (!offered) {
            unmet.add(Text.of("certification.route.exam-not-offered", designationCode));
        }
        if (!total.meets(yearsRequired)) {
            unmet.add(Text.of("certification.route.service-short", total.shortfall(yearsRequired)));
        }
        coursesWithoutCertificate.forEach(course -> unmet.add(Text.of("certification.route.upload-course", course)));
        return new RouteCheck(Route.EXAM, designationCode, ExperienceTotal.describe(total.counted()),
                List.copyOf(unmet));
    }
}
