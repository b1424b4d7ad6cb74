package org.guildhall.partners.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.AccountService;
import org.guildhall.partners.CourseData;
import org.guildhall.partners.domain.ApprovedCourse;
import org.guildhall.partners.domain.ApprovedCourseRepository;
import org.guildhall.partners.domain.Partner;
import org.guildhall.partners.domain.PartnerRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A certification partner for the demo: Lumen Care Academy, for which Mei Chen (mei.chen@) acts, with one approved
 * workshop valid from a month ago to six months ahead. Its claim code is fixed ({@link #CLAIM_CODE}, in the README)
 * rather than drawn at random, so the demo member can redeem it on My CPD. Demo profile only; runs once.
 */
@Component
@Profile("demo")
@Order(7)
class DemoPartners implements ApplicationRunner {

    /** Printed in the README: the demo member types it on My CPD. */
    static final String CLAIM_CODE = "PART-NERS-CPD7";
    private static final String PARTNER = "Lumen Care Academy";
    private static final String CONTACT = "mei.chen@lumen-care.example";
    private static final String REGISTRAR = "registrar@guildhall.example";

    private final AccountService accounts;
    private final PartnerRepository partners;
    private final ApprovedCourseRepository courses;
    private final CpdService cpd;
    private final Clock clock;

    DemoPartners(AccountService accounts, PartnerRepository partners, ApprovedCourseRepository courses,
            CpdService cpd, Clock clock) {
        this.accounts = accounts;
        this.partners = partners;
        this.courses = courses;
        this.cpd = cpd;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var contact = accounts.findByEmail(CONTACT);
        if (contact.isEmpty() || partners.existsByName(PARTNER)) {
            return;
        }
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var partner = partners.save(new Partner(PARTNER, Set.of(contact.get().id()), now, REGISTRAR));
        courses.save(ApprovedCourse.register(new CourseData(partner.id(), "De-escalating complaints on the phone",
                PARTNER, CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", new BigDecimal("6"), today.minusMonths(1),
                today.plusMonths(6)), cpd.rulebook(), CLAIM_CODE, now, REGISTRAR));
    }
}
