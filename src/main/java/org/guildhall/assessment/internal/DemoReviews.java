package org.guildhall.assessment.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.guildhall.assessment.ConflictData;
import org.guildhall.assessment.AssessorQualificationService;
import org.guildhall.assessment.BenchmarkData;
import org.guildhall.assessment.BenchmarkScoreData;
import org.guildhall.assessment.CalibrationService;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.QualificationData;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreData;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.PdfLayout;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.identity.RunAs;
import org.guildhall.portfolio.Evidence;
import org.guildhall.portfolio.KeyProject;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.Reference;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reviewer workspace with something in it: Kwame Mensah's CCSM portfolio before a panel mid-scoring (Mei Chen
 * has submitted, Daniel Whitfield, the chair, has a draft, Rohan Desai has not started), Sofia Marchetti's CCEM
 * portfolio waiting for the registrar to form a panel (Daniel declared a conflict with her), and Liam O'Connor's
 * CCCM portfolio still in draft, and Ines Alvarez's portfolio as a calibration benchmark. Demo profile only; runs
 * once.
 */
@Component
@Profile("demo")
@Order(5)
class DemoReviews implements ApplicationRunner {

    static final String THIRD_ASSESSOR = "rohan.desai@guildhall.example";
    private static final String PASSWORD = "guildhall-demo";

    private final AccountService accounts;
    private final AccountProvisioning provisioning;
    private final PortfolioService portfolios;
    private final PortfolioLifecycle lifecycle;
    private final PanelService panels;
    private final AssessorQualificationService qualifications;
    private final ReviewService reviews;
    private final DocumentService documents;
    private final CalibrationService calibration;
    private final Clock clock;

    DemoReviews(AccountService accounts, AccountProvisioning provisioning, PortfolioService portfolios,
            PortfolioLifecycle lifecycle, PanelService panels, AssessorQualificationService qualifications,
            ReviewService reviews, DocumentService documents, CalibrationService calibration,
            Clock clock) {
        this.calibration = calibration;
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.portfolios = portfolios;
        this.lifecycle = lifecycle;
        this.panels = panels;
        this.qualifications = qualifications;
        this.reviews = reviews;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var kwame = accounts.findByEmail("kwame.mensah@accra-bank.example");
        if (kwame.isEmpty() || accounts.findByEmail(THIRD_ASSESSOR).isPresent()) {
            return;
        }
        var rohan = provisioning.createAccount("Rohan Desai", THIRD_ASSESSOR, PASSWORD, Role.MEMBER, Role.ASSESSOR);
        var daniel = accounts.findByEmail("assessor@guildhall.example").orElseThrow();
        var mei = accounts.findByEmail("mei.chen@lumen-care.example").orElseThrow();
        var registrar = accounts.findByEmail("registrar@guildhall.example").orElseThrow();

        long kwamePortfolio = submitted(kwame.get(), "CCSM", "Accra Bank", true);
        // None of the demo assessors holds a manager designation: the registrar qualified them (issue 20).
        for (var assessor : List.of(daniel, mei, rohan)) {
            for (var designation : List.of("CCSM", "CCEM", "CCCM")) {
                as(registrar, () -> {
                    qualifications.qualify(new QualificationData(assessor.id(), designation,
                            "Senior practitioner; sat the institute's assessor training."));
                    return null;
                });
            }
        }
        long panelId = as(registrar, () -> panels.form(kwamePortfolio, List.of(daniel.id(), mei.id(), rohan.id()),
                daniel.id(), LocalDate.now(clock).plusDays(12), Map.of()));
        as(mei, () -> reviews.submit(panelId, sheet(ScoreSheet.blank(), new int[] {3, 3, 2, 4, 3, 3, 4, 4, 3, 3, 2, 3},
                Recommendation.AWARD)));
        as(daniel, () -> reviews.saveDraft(panelId, sheet(ScoreSheet.blank(), new int[] {3, 2, 2, 3}, null)));

        accounts.findByEmail("sofia.marchetti@contoso-retail.example").ifPresent(sofia -> {
            submitted(sofia, "CCEM", "Contoso Retail", true);
            as(daniel, () -> {
                panels.declareConflict(new ConflictData(sofia.email(),
                        "Sofia reported to me at Contoso Retail until 2023."));
                return null;
            });
        });
        accounts.findByEmail("liam.oconnor@harbour-insurance.example")
                .ifPresent(liam -> submitted(liam, "CCCM", "Harbour Insurance", false));
        calibrationBenchmark(registrar, mei, rohan);
    }

    /**
     * Ines Alvarez's CCSM portfolio as a calibration benchmark with agreed scores (issue 20): Mei and Rohan have
     * scored it blind, within the threshold; Daniel, the demo assessor, still has it to score.
     */
    private void calibrationBenchmark(AccountSummary registrar, AccountSummary mei, AccountSummary rohan) {
        var ines = provisioning.createAccount("Ines Alvarez", "ines.alvarez@fabrikam-telecom.example", PASSWORD,
                Role.MEMBER);
        long portfolioId = submitted(ines, "CCSM", "Fabrikam Telecom", true);
        long benchmarkId = as(registrar, () -> calibration.markBenchmark(new BenchmarkData(
                "Fabrikam Telecom routing redesign", portfolioId, Map.of("LEADERSHIP", new BigDecimal("2.75"),
                        "PEOPLE", new BigDecimal("2.50"), "CUSTOMERS", new BigDecimal("3.25"),
                        "OPERATIONS", new BigDecimal("3.00")))));
        as(mei, () -> {
            calibration.score(benchmarkId, new BenchmarkScoreData(Map.of("LEADERSHIP", 3, "PEOPLE", 3,
                    "CUSTOMERS", 3, "OPERATIONS", 3)));
            return null;
        });
        as(rohan, () -> {
            calibration.score(benchmarkId, new BenchmarkScoreData(Map.of("LEADERSHIP", 2, "PEOPLE", 3,
                    "CUSTOMERS", 4, "OPERATIONS", 3)));
            return null;
        });
    }

    /** A portfolio of two projects, a PDF report, a dashboard image and two reference letters. */
    private long submitted(AccountSummary candidate, String designation, String employer, boolean submit) {
        return as(candidate, () -> {
            long id = lifecycle.open(candidate.id(), designation);
            UUID report = store(candidate, "csat-report.pdf", pdf("Customer satisfaction report, " + employer,
                    "Quarterly CSAT rose from 71% to 83% after the routing redesign.",
                    "First-contact resolution rose from 64% to 78%; repeat calls fell by a fifth."));
            UUID dashboard = store(candidate, "service-level-dashboard.png", chart());
            UUID letter1 = store(candidate, "reference-head-of-operations.pdf", pdf("Letter of reference",
                    "I supervised " + candidate.fullName() + " for four years at " + employer + ".",
                    "They led the contact centre through two platform migrations without missing service levels."));
            UUID letter2 = store(candidate, "reference-client.pdf", pdf("Client testimonial",
                    "Our escalations to " + employer + " halved in the year " + candidate.fullName()
                            + " ran the account team."));
            var content = new PortfolioContent(List.of(
                    new KeyProject("Omnichannel routing redesign", "Programme lead", LocalDate.of(2023, 2, 1),
                            LocalDate.of(2023, 11, 30),
                            "Replaced queue-per-channel routing with skills-based routing across voice, chat and "
                                    + "email for 240 agents on three sites.",
                            "Abandon rate down from 11% to 4%; CSAT up 12 points; two sites merged into one rota."),
                    new KeyProject("Complaints recovery desk", "Head of customer care", LocalDate.of(2021, 6, 1),
                            null,
                            "Set up a desk that calls back every detractor within 48 hours, with authority to "
                                    + "resolve up to a set amount.",
                            "Complaint reopen rate down from 18% to 6%; retained customers worth 1.2m a year.")),
                    List.of(new Evidence(report, "CSAT and first-contact resolution before and after the redesign"),
                            new Evidence(dashboard, "Service-level dashboard, 12 months")),
                    List.of(new Reference("Grace Lindqvist", "grace.lindqvist@northwind-telecom.example",
                                    "Former head of operations", letter1),
                            new Reference("Tom Achterberg", "+31 20 555 0142", "Client, account director", letter2)));
            var saved = portfolios.saveDraft(id, portfolios.myPortfolio(id).version(), content);
            if (submit) {
                portfolios.submit(id, saved.version());
            }
            return id;
        });
    }

    private ScoreSheet sheet(ScoreSheet base, int[] points, Recommendation recommendation) {
        Map<Long, Integer> scored = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        var criteria = reviews.rubric().criteria();
        for (int i = 0; i < points.length; i++) {
            scored.put(criteria.get(i).id(), points[i]);
        }
        var domains = reviews.rubric().domains();
        var remarks = List.of("Clear vision for the routing change, well argued to the board.",
                "Coaching programme described; retention figures would strengthen it.",
                "Complaints desk is strong evidence of customer focus.",
                "Good use of forecasting; the dashboard shows service levels held.");
        int written = points.length == 12 ? domains.size() : 1;
        for (int i = 0; i < written; i++) {
            comments.put(domains.get(i).code(), remarks.get(i));
        }
        return base.with(new ScoreData(scored, comments, recommendation));
    }

    private UUID store(AccountSummary owner, String name, byte[] bytes) {
        return documents.store(owner.id(), name, new ByteArrayInputStream(bytes), bytes.length).id();
    }

    private static byte[] pdf(String title, String... lines) {
        var pdf = PdfLayout.portrait(title, Locale.UK).heading(1, title);
        for (String line : lines) {
            pdf.paragraph(line);
        }
        return pdf.toBytes();
    }

    /** A bar chart of a year's service levels, drawn on the spot so no binary is committed. */
    private static byte[] chart() {
        var image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 360);
        g.setColor(new Color(0x1f, 0x3a, 0x5f));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("Calls answered within 20 seconds, %", 24, 34);
        int[] levels = {68, 70, 69, 72, 75, 79, 81, 82, 84, 83, 85, 86};
        for (int i = 0; i < levels.length; i++) {
            g.setColor(new Color(0x2a, 0x5d, 0x8f));
            int height = (levels[i] - 50) * 6;
            g.fillRect(40 + i * 48, 330 - height, 32, height);
        }
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T as(AccountSummary account, Supplier<T> action) {
        return RunAs.call(account.email(), account.roles(), action);
    }
}
