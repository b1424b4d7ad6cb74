package org.guildhall.cpd.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdReviewService;
import org.guildhall.cpd.CpdService;
import org.guildhall.cpd.RenewalService;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.PdfLayout;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.identity.RunAs;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A lived-in CPD log for the demo: Amara Okafor (member@) holds a CCSP awarded two years ago with approved
 * activities in every category and one waiting for the registrar; Grace Lindqvist holds a CCCM in its renewal
 * window, her requirement met and her recertification essay waiting for an assessor. Runs once: a member who
 * already has a log is left alone. Demo profile only.
 */
@Component
@Profile("demo")
@Order(6)
class DemoCpd implements ApplicationRunner {

    private static final String MEMBER = "member@guildhall.example";
    private static final String RENEWING_MANAGER = "grace.lindqvist@northwind-telecom.example";
    private static final String REGISTRAR = "registrar@guildhall.example";

    private final AccountService accounts;
    private final CertificationService certifications;
    private final CertificationAwards awards;
    private final CpdService cpd;
    private final CpdReviewService review;
    private final RenewalService renewals;
    private final DocumentService documents;
    private final Clock clock;

    DemoCpd(AccountService accounts, CertificationService certifications, CertificationAwards awards, CpdService cpd,
            CpdReviewService review, RenewalService renewals, DocumentService documents, Clock clock) {
        this.accounts = accounts;
        this.certifications = certifications;
        this.awards = awards;
        this.cpd = cpd;
        this.review = review;
        this.renewals = renewals;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.now(clock);
        accounts.findByEmail(MEMBER).ifPresent(member -> {
            holding(member, "CCSP", today.minusYears(2).minusDays(20));
            RunAs.run(member.email(), Role.MEMBER, () -> {
                if (!cpd.myActivities().isEmpty()) {
                    return;
                }
                var approved = List.of(
                        log(member, form(CpdCategory.CONTINUING_EDUCATION, "CONFERENCE",
                                "Customer Contact Week Europe", "CCW Europe", today.minusMonths(20), 2, "14", "3",
                                null)),
                        log(member, form(CpdCategory.CONTINUING_EDUCATION, "E_LEARNING",
                                "Complaint handling to ISO 10002", "Guildhall Academy", today.minusMonths(14), 1,
                                "6", "0", null)),
                        log(member, form(CpdCategory.INSTRUCTION, "INTERNAL_PRESENTATION",
                                "First-contact resolution: what our data says", "Contoso Retail",
                                today.minusMonths(11), 1, "2", "0", "Contoso Retail team leads")),
                        log(member, form(CpdCategory.ON_THE_JOB, "CX_FRAMEWORK",
                                "Customer Experience Framework for the returns desk", "Contoso Retail",
                                today.minusMonths(9), 30, "8", "0", null)),
                        log(member, research(today.minusMonths(5))));
                RunAs.run(REGISTRAR, Role.REGISTRAR, () -> approved.forEach(review::approve));
                log(member, form(CpdCategory.CONTINUING_EDUCATION, "WEBINAR", "Designing a voice-of-customer "
                        + "programme", "ICMI webinars", today.minusDays(9), 1, "1.5", "0", null));
            });
        });
        accounts.findByEmail(RENEWING_MANAGER).ifPresent(manager -> {
            var certification = holding(manager, "CCCM", today.minusYears(3).plusWeeks(4));
            RunAs.run(manager.email(), Role.MEMBER, () -> {
                if (!cpd.myActivities().isEmpty()) {
                    return;
                }
                var start = certification.cycle().startsOn();
                var approved = List.of(
                        log(manager, form(CpdCategory.CONTINUING_EDUCATION, "COLLEGE_COURSE",
                                "Postgraduate certificate in contact centre leadership", "University of Leeds",
                                start.plusMonths(2), 90, "28", "0", null)),
                        log(manager, form(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION",
                                "Workforce planning for hybrid teams", "CCMA Annual Conference",
                                start.plusMonths(14), 1, "3", "0", "CCMA conference delegates")),
                        log(manager, form(CpdCategory.ON_THE_JOB, "CRM_SYSTEM",
                                "Dynamics 365 rollout for 400 agents", "Northwind Telecom", start.plusMonths(20), 60,
                                "16", "0", null)));
                RunAs.run(REGISTRAR, Role.REGISTRAR, () -> approved.forEach(review::approve));
                renewals.submitEssay(certification.id(), ESSAY);
            });
        });
    }

    /** The designation the demo member holds, awarded here only if no other demo data awarded it first. */
    private CertificationSummary holding(AccountSummary holder, String designation, LocalDate awardedOn) {
        return certifications.certificationsOf(holder.id()).stream()
                .filter(held -> held.designationCode().equals(designation) && held.status().isCurrent())
                .findFirst()
                .orElseGet(() -> awards.award(holder.id(), designation, Route.EXAM, awardedOn));
    }

    private long log(AccountSummary member, CpdActivityData form) {
        var evidence = documents.store(member.id(), "certificate.pdf",
                new ByteArrayInputStream(PdfLayout.portrait("Certificate of completion: " + form.title(), Locale.UK)
                        .heading(1, "Certificate of completion").paragraph(form.title()).paragraph(form.provider())
                        .toBytes()),
                -1);
        var withEvidence = new CpdActivityData(form.category(), form.activityType(), form.title(), form.provider(),
                form.startsOn(), form.endsOn(), form.hours(), form.excludedHours(), form.description(),
                form.audience(), form.independenceDeclared(), List.of(evidence.id()));
        return cpd.submit(null, withEvidence);
    }

    private static CpdActivityData form(CpdCategory category, String type, String title, String provider,
            LocalDate endsOn, int days, String hours, String excluded, @Nullable String audience) {
        return new CpdActivityData(category, type, title, provider, endsOn.minusDays(days - 1L), endsOn,
                new BigDecimal(hours), new BigDecimal(excluded), null, audience, false, List.<UUID>of());
    }

    private static CpdActivityData research(LocalDate on) {
        return new CpdActivityData(CpdCategory.RESEARCH, "CO_WRITTEN_ARTICLE",
                "Why callbacks beat queues: a field study", "Journal of Customer Operations", on, on, BigDecimal.TEN,
                BigDecimal.ZERO, "Co-written with two researchers from the University of Bath.", null, true,
                List.of());
    }

    private static final String ESSAY = """
            When I began this cycle our contact centre measured success by average handle time, and our best agents \
            were the ones who got customers off the phone fastest. The certification taught me to look at the whole \
            journey instead. In my first year I introduced first-contact resolution as our lead measure and moved \
            the quality team from scoring call scripts to listening for repeat contacts.

            The change was not easy. Team leads worried that longer calls would break our service levels, so we \
            re-ran our workforce plan with the Erlang models from the course and showed that fewer repeat calls \
            freed more capacity than the longer first calls used. Within nine months repeat contacts fell by a \
            fifth and our customer effort score improved in every quarter since.

            I have also taught what I learned: I presented our results at the CCMA conference and now mentor two \
            new team leads through the same approach.""";
}
