package org.guildhall.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Fills a Guildhall database with a large, realistic population in set-based SQL (INSERT ... SELECT over MariaDB's
 * sequence tables, one transaction per chunk of members), against the embedded MariaDB of a running portal or any
 * MariaDB URL. Every generated account signs in with the demo password, hashed once with the portal's Argon2id cost.
 * Re-running extends up to the asked size: rows that exist are skipped (unique keys, "not yet present" guards).
 *
 * <ul>
 *   <li>members {@code perf000001@members.example}...: MEMBER role, a membership in all four categories, 80 % with a
 *       current certification spread over the ten designations, both routes, cycles 1-3 and every day of a
 *       three-year cycle (so some are in their renewal window), 10 % also with a lapsed older one;</li>
 *   <li>CPD activities inside each current cycle, all sixteen types (Continuing Education weighted up), 0 to 2x the
 *       average per member; the newest is SUBMITTED, AUDIT_SUBMITTED, DRAFT, AUDIT_REQUESTED or
 *       MORE_EVIDENCE_REQUESTED for one member in fifty each (the registrar's CPD queue), the rest mostly APPROVED
 *       with one in forty REJECTED;</li>
 *   <li>applications by {@code appl000001@members.example}...: draft, awaiting two sponsors (generated members, who see
 *       the request), submitted, more information requested, rejected;</li>
 *   <li>panels judging experience-route portfolios of the first generated members, three assessors each out of
 *       {@code assessor0001@members.example}... (one per 20 panels), scoring, at interview or decided.</li>
 * </ul>
 */
public final class DataGenerator {

    private static final String[] FIRST_NAMES = {"Amara", "Grace", "Kwame", "Sofia", "Liam", "Mei", "Daniel", "Priya",
        "Tomás", "Helen", "Rohan", "Zofia", "Chen", "Aisha", "Lukas", "Inês", "Olu", "Hana", "Mateo", "Freya"};
    private static final String[] LAST_NAMES = {"Okafor", "Lindqvist", "Mensah", "Marchetti", "O'Connor", "Chen",
        "Whitfield", "Raman", "Alvarez", "Marsh", "Desai", "Kowalska", "Wang", "Bello", "Schmidt", "Silva", "Adeyemi",
        "Sato", "García", "Nielsen", "Dubois", "Novak", "Murphy", "Haddad", "Jensen"};
    private static final String[] JOB_TITLES = {"Contact centre agent", "Team leader", "Customer service advisor",
        "CRM analyst", "Quality coach", "Workforce planner", "Contact centre manager", "Head of customer experience"};

    private final Connection db;
    private final int chunk;
    private String sequenceSource;

    private DataGenerator(Connection db, int chunk) {
        this.db = db;
        this.chunk = chunk;
    }

    public static void main(String[] args) throws SQLException {
        var options = new Options(args);
        int members = options.integer("members", 100_000);
        int activities = options.integer("activities", members * 10);
        int applications = options.integer("applications", members / 10);
        int panels = options.integer("panels", members / 100);
        String prefix = options.text("prefix", "perf");
        if (!prefix.matches("[a-z]{1,8}")) {
            throw new IllegalArgumentException("--prefix: 1 to 8 lower-case letters");
        }
        if (panels > members) {
            throw new IllegalArgumentException("--panels: at most one per member");
        }
        // The portal's own cost (application.properties), so sign-in costs what it will cost and never rehashes.
        var encoder = new Argon2PasswordEncoder(16, 32, 1,
                options.integer("argon2-memory-kib", envInt("GUILDHALL_ARGON2_MEMORY_KIB", 19456)),
                options.integer("argon2-iterations", envInt("GUILDHALL_ARGON2_ITERATIONS", 2)));
        String hash = "{argon2}" + encoder.encode(options.text("password", "guildhall-demo"));
        String url = options.text("db-url", envText("DB_URL", "jdbc:mariadb://127.0.0.1:3306/guildhall"));
        try (Connection db = DriverManager.getConnection(url, options.text("db-user", "root"),
                options.text("db-password", ""))) {
            var generator = new DataGenerator(db, options.integer("chunk", 10_000));
            generator.run("SET @hash = '" + hash + "'");
            long started = System.nanoTime();
            generator.members(prefix, members, activities);
            generator.applications(applications, prefix, members);
            generator.panels(panels, prefix);
            System.out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - started) / 1e9);
            generator.printCounts();
        }
    }

    private void members(String prefix, int members, int activities) throws SQLException {
        long certified = members - members / 5; // every fifth member (n mod 5 = 4) holds no certification
        int average = certified == 0 ? 0 : (int) Math.round((double) activities / certified);
        for (int from = 1; from <= members; from += chunk) {
            int to = Math.min(members, from + chunk - 1);
            long started = System.nanoTime();
            transaction(membersSql(prefix, from, to, average));
            System.err.printf(Locale.ROOT, "members %s %d..%d (about %d activities each): %.1f s%n", prefix, from, to,
                    average, (System.nanoTime() - started) / 1e9);
        }
    }

    private String membersSql(String prefix, int from, int to, int average) throws SQLException {
        String seq = sequence(from, to);
        String upper = prefix.toUpperCase(Locale.ROOT);
        return """
            INSERT IGNORE INTO account (version, email, full_name, password_hash, failed_login_count, created_at,
                                        email_verified_at, employer, job_title)
            SELECT 0, CONCAT('%1$s', LPAD(s.seq, 6, '0'), '@members.example'), %3$s, @hash, 0,
                   NOW(6) - INTERVAL (s.seq * 13 MOD 3650) DAY, NOW(6) - INTERVAL (s.seq * 13 MOD 3650) DAY,
                   CONCAT('Employer ', s.seq MOD 997), %4$s
            FROM %2$s s;
            CREATE TEMPORARY TABLE m ENGINE = MEMORY AS
            SELECT a.id AS account_id, s.seq AS n, CURDATE() - INTERVAL (s.seq * 7 MOD 1094) DAY AS current_start,
                   CURDATE() - INTERVAL 5 YEAR - INTERVAL (s.seq MOD 365) DAY AS lapsed_start
            FROM %2$s s JOIN account a ON a.email = CONCAT('%1$s', LPAD(s.seq, 6, '0'), '@members.example');
            INSERT IGNORE INTO account_role (account_id, role) SELECT account_id, 'MEMBER' FROM m;
            INSERT IGNORE INTO membership (account_id, member_number, category, member_since)
            SELECT account_id, CONCAT('GH-', LPAD(500000 + n, 6, '0')),
                   CASE WHEN n MOD 20 < 2 THEN 'STUDENT' WHEN n MOD 20 < 5 THEN 'CANDIDATE'
                        WHEN n MOD 20 < 10 THEN 'ASSOCIATE' ELSE 'CUSTOMER_SERVICE_PROFESSIONAL' END,
                   CURDATE() - INTERVAL (n * 13 MOD 5475) DAY
            FROM m;
            CREATE TEMPORARY TABLE d ENGINE = MEMORY AS
            SELECT code, full_name, cpd_hours_per_cycle, cycle_years, ROW_NUMBER() OVER (ORDER BY code) - 1 AS rn
            FROM designation;
            SET @designations = (SELECT COUNT(*) FROM d);
            -- Status-list bits: n for a current certification, 100000 + n / 10 for a lapsed one (both under the
            -- list's 131,072); INSERT IGNORE leaves out the rare one whose bit a demo certification drew.
            INSERT IGNORE INTO certification (version, holder_account_id, designation_code, designation_name, route,
                    awarded_on, cycle_starts_on, expires_on, cycle_number, cpd_hours_required, verification_code,
                    holder_name, issued_on, status_list_index)
            SELECT 0, m.account_id, d.code, d.full_name, IF(m.n DIV 10 MOD 10 < 7, 'EXAM', 'EXPERIENCE'),
                   m.current_start - INTERVAL ((m.n MOD 3) * d.cycle_years) YEAR, m.current_start,
                   m.current_start + INTERVAL d.cycle_years YEAR, 1 + m.n MOD 3, d.cpd_hours_per_cycle,
                   CONCAT('%5$sC', LPAD(m.n, 18 - CHAR_LENGTH('%5$s'), '0')), a.full_name, m.current_start,
                   m.n MOD 100000
            FROM m JOIN d ON d.rn = m.n MOD @designations JOIN account a ON a.id = m.account_id
            WHERE m.n MOD 5 <> 4;
            INSERT IGNORE INTO certification (version, holder_account_id, designation_code, designation_name, route,
                    awarded_on, cycle_starts_on, expires_on, cycle_number, cpd_hours_required, verification_code,
                    lapsed_on, holder_name, issued_on, status_list_index)
            SELECT 0, m.account_id, d.code, d.full_name, 'EXAM', m.lapsed_start, m.lapsed_start,
                   m.lapsed_start + INTERVAL d.cycle_years YEAR, 1, d.cpd_hours_per_cycle,
                   CONCAT('%5$sL', LPAD(m.n, 18 - CHAR_LENGTH('%5$s'), '0')),
                   m.lapsed_start + INTERVAL d.cycle_years YEAR + INTERVAL 1 DAY, a.full_name, m.lapsed_start,
                   100000 + m.n DIV 10
            FROM m JOIN d ON d.rn = (m.n + 1) MOD @designations JOIN account a ON a.id = m.account_id
            WHERE m.n MOD 10 = 3;
            -- Each cycle's requirement, as the portal writes it when a cycle starts (V61): the transcript reads it.
            INSERT IGNORE INTO certification_cycle_requirement (certification_id, cycle_number, cpd_hours_required)
            SELECT c.id, k.n, c.cpd_hours_required
            FROM m JOIN certification c ON c.holder_account_id = m.account_id
            JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) k ON k.n <= c.cycle_number;
            CREATE TEMPORARY TABLE t ENGINE = MEMORY AS
            SELECT ROW_NUMBER() OVER (ORDER BY w.seq, a.category, a.sort_order) - 1 AS rn, a.code, a.category
            FROM cpd_activity_type a JOIN %6$s w ON w.seq = 1 OR a.category = 'CONTINUING_EDUCATION';
            SET @types = (SELECT COUNT(*) FROM t);
            CREATE TEMPORARY TABLE h ENGINE = MEMORY AS
            SELECT m.account_id, m.n, c.cycle_starts_on AS starts, GREATEST(1, DATEDIFF(CURDATE(), c.cycle_starts_on)) AS days,
                   (m.n * 37) MOD (2 * %7$d + 1) AS activities
            FROM m JOIN certification c ON c.holder_account_id = m.account_id AND c.lapsed_on IS NULL
            WHERE NOT EXISTS (SELECT 1 FROM cpd_activity x WHERE x.account_id = m.account_id);
            INSERT INTO cpd_activity (version, account_id, category, activity_type, title, provider, starts_on,
                                      ends_on, hours, excluded_hours, audience, independence_declared, status,
                                      created_at, submitted_at, reviewed_at, reviewed_by, review_note)
            SELECT 0, a.account_id, a.category, a.code, CONCAT(a.label, ' ', a.k), a.provider,
                   a.ends_on - INTERVAL (a.k MOD 3) DAY, a.ends_on, 1 + (a.n + a.k) MOD 8,
                   IF(a.category = 'CONTINUING_EDUCATION' AND a.k MOD 7 = 0, 0.5, 0),
                   IF(a.category = 'INSTRUCTION', CONCAT('Audience ', a.k), NULL), FALSE, a.status,
                   a.ends_on + INTERVAL 1 DAY, IF(a.status = 'DRAFT', NULL, a.ends_on + INTERVAL 1 DAY),
                   IF(a.status IN ('APPROVED', 'REJECTED', 'MORE_EVIDENCE_REQUESTED', 'AUDIT_REQUESTED'),
                      a.ends_on + INTERVAL 3 DAY, NULL),
                   IF(a.status IN ('APPROVED', 'REJECTED', 'MORE_EVIDENCE_REQUESTED', 'AUDIT_REQUESTED'),
                      'registrar@guildhall.example', NULL),
                   CASE a.status WHEN 'REJECTED' THEN 'Not relevant to the designation.'
                                 WHEN 'MORE_EVIDENCE_REQUESTED' THEN 'Please attach the certificate of attendance.'
                                 END
            FROM (SELECT h.account_id, h.n, k.seq AS k, t.code, t.category,
                         ELT(1 + (h.n + k.seq) MOD 4, 'Session', 'Module', 'Course', 'Project') AS label,
                         ELT(1 + h.n MOD 5, 'Institute Academy', 'Northwind Learning', 'CX Forum', 'Lumen Care',
                             'Open University') AS provider,
                         h.starts + INTERVAL ((h.n * 31 + k.seq * 53) MOD h.days) DAY AS ends_on,
                         CASE WHEN k.seq < h.activities THEN IF((h.n + k.seq) MOD 40 = 0, 'REJECTED', 'APPROVED')
                              WHEN h.n MOD 50 = 0 THEN 'SUBMITTED' WHEN h.n MOD 50 = 1 THEN 'AUDIT_SUBMITTED'
                              WHEN h.n MOD 50 = 2 THEN 'DRAFT' WHEN h.n MOD 50 = 3 THEN 'AUDIT_REQUESTED'
                              WHEN h.n MOD 50 = 5 THEN 'MORE_EVIDENCE_REQUESTED' ELSE 'APPROVED' END AS status
                  FROM h JOIN %8$s k ON k.seq <= h.activities
                  JOIN t ON t.rn = (h.n * 7 + k.seq * 11) MOD @types) a;
            DROP TEMPORARY TABLE m, d, t, h
            """.formatted(prefix, seq, fullName("s.seq", "s.seq DIV 20"),
                pick(JOB_TITLES, "s.seq DIV 7"), upper.substring(0, Math.min(4, upper.length())), sequence(1, 3),
                average, sequence(1, Math.max(1, 2 * average)));
    }

    private void applications(int applications, String prefix, int members) throws SQLException {
        if (applications == 0) {
            return;
        }
        long started = System.nanoTime();
        String seq = sequence(1, applications);
        transaction("""
            INSERT IGNORE INTO account (version, email, full_name, password_hash, failed_login_count, created_at,
                                        email_verified_at, employer, job_title)
            SELECT 0, CONCAT('appl', LPAD(s.seq, 6, '0'), '@members.example'), %2$s, @hash, 0,
                   NOW(6) - INTERVAL (s.seq MOD 90) DAY, NOW(6) - INTERVAL (s.seq MOD 90) DAY,
                   CONCAT('Employer ', s.seq MOD 997), 'Customer service advisor'
            FROM %1$s s;
            CREATE TEMPORARY TABLE m ENGINE = MEMORY AS
            SELECT a.id AS account_id, s.seq AS n,
                   CASE WHEN s.seq MOD 20 < 6 THEN 'DRAFT' WHEN s.seq MOD 20 < 14 THEN 'SUBMITTED'
                        WHEN s.seq MOD 20 < 17 THEN 'MORE_INFORMATION_REQUESTED'
                        WHEN s.seq MOD 20 < 19 THEN 'AWAITING_SPONSORS' ELSE 'REJECTED' END AS status
            FROM %1$s s JOIN account a ON a.email = CONCAT('appl', LPAD(s.seq, 6, '0'), '@members.example')
            WHERE NOT EXISTS (SELECT 1 FROM membership_application x WHERE x.applicant_account_id = a.id);
            INSERT IGNORE INTO account_role (account_id, role) SELECT account_id, 'APPLICANT' FROM m;
            INSERT INTO membership_application (version, applicant_account_id, category, status, study_mode,
                    enrolled_in_degree_programme, holds_bachelors_degree, ever_licensed_crm,
                    pursuing_institute_pathway, holds_foreign_crm_licence, serves_on_committee,
                    works_in_consulting_legal_government_banking, employment, created_at, updated_at, submitted_at)
            SELECT 0, account_id, c.category, status,
                   IF(c.category = 'STUDENT', IF(n MOD 2 = 0, 'FULL_TIME', 'PART_TIME'), 'NOT_STUDYING'),
                   c.category = 'STUDENT', n MOD 2 = 1, FALSE, c.category = 'CANDIDATE', c.category = 'ASSOCIATE',
                   FALSE, FALSE, CONCAT('Customer service advisor at Employer ', n MOD 997, ' since ', 2010 + n MOD 14),
                   NOW(6) - INTERVAL (n MOD 90) DAY, NOW(6) - INTERVAL (n MOD 30) DAY,
                   IF(status = 'DRAFT', NULL, NOW(6) - INTERVAL (n MOD 30) DAY)
            FROM (SELECT account_id, n, status,
                         IF(status = 'AWAITING_SPONSORS', 'ASSOCIATE',
                            ELT(1 + n MOD 3, 'STUDENT', 'CANDIDATE', 'CUSTOMER_SERVICE_PROFESSIONAL')) AS category
                  FROM m) c;
            INSERT INTO application_decision (application_id, outcome, note, decided_by, decided_at)
            SELECT x.id, m.status, IF(m.status = 'REJECTED', 'The employment history does not show the years asked.',
                   'Please add your current employer''s address.'), 'registrar@guildhall.example',
                   NOW(6) - INTERVAL (m.n MOD 10) DAY
            FROM m JOIN membership_application x ON x.applicant_account_id = m.account_id
            WHERE m.status IN ('REJECTED', 'MORE_INFORMATION_REQUESTED');
            INSERT IGNORE INTO sponsorship (version, application_id, sponsor_account_id, status, requested_at)
            SELECT 0, x.id, sponsor.id, 'REQUESTED', NOW(6) - INTERVAL (m.n MOD 10) DAY
            FROM m JOIN membership_application x ON x.applicant_account_id = m.account_id
            JOIN %3$s pair ON TRUE
            JOIN account sponsor ON sponsor.email = CONCAT('%4$s', LPAD(1 + (m.n * 2 + pair.seq) MOD %5$d, 6, '0'),
                                                           '@members.example')
            WHERE m.status = 'AWAITING_SPONSORS';
            DROP TEMPORARY TABLE m
            """.formatted(seq, fullName("s.seq DIV 3", "s.seq DIV 7"),
                sequence(1, 2), prefix, Math.max(1, members)));
        System.err.printf(Locale.ROOT, "applications 1..%d: %.1f s%n", applications,
                (System.nanoTime() - started) / 1e9);
    }

    private void panels(int panels, String prefix) throws SQLException {
        if (panels == 0) {
            return;
        }
        long started = System.nanoTime();
        int assessors = Math.max(3, panels / 20);
        transaction("""
            INSERT IGNORE INTO account (version, email, full_name, password_hash, failed_login_count, created_at,
                                        email_verified_at, employer, job_title)
            SELECT 0, CONCAT('assessor', LPAD(s.seq, 4, '0'), '@members.example'), CONCAT('Assessor ', s.seq), @hash,
                   0, NOW(6), NOW(6), CONCAT('Employer ', 500 + s.seq), 'Head of customer experience'
            FROM %1$s s;
            CREATE TEMPORARY TABLE r ENGINE = MEMORY AS
            SELECT a.id AS account_id, s.seq - 1 AS rn
            FROM %1$s s JOIN account a ON a.email = CONCAT('assessor', LPAD(s.seq, 4, '0'), '@members.example');
            INSERT IGNORE INTO account_role (account_id, role) SELECT account_id, 'ASSESSOR' FROM r;
            INSERT IGNORE INTO account_role (account_id, role) SELECT account_id, 'MEMBER' FROM r;
            INSERT IGNORE INTO membership (account_id, member_number, category, member_since)
            SELECT account_id, CONCAT('GH-', LPAD(900000 + rn, 6, '0')), 'CUSTOMER_SERVICE_PROFESSIONAL',
                   CURDATE() - INTERVAL 12 YEAR
            FROM r;
            CREATE TEMPORARY TABLE q ENGINE = MEMORY AS
            SELECT s.seq AS p, a.id AS candidate,
                   ELT(1 + s.seq MOD 4, 'CCEM', 'CRMM', 'CCCM', 'CCSM') AS designation,
                   CASE WHEN s.seq MOD 10 < 6 THEN 'SCORING' WHEN s.seq MOD 10 < 8 THEN 'INTERVIEW'
                        ELSE 'DECIDED' END AS status,
                   IF(s.seq MOD 10 < 8, NULL, ELT(1 + s.seq MOD 3, 'AWARD', 'RESUBMIT', 'DECLINE')) AS outcome
            FROM %2$s s JOIN account a ON a.email = CONCAT('%3$s', LPAD(s.seq, 6, '0'), '@members.example')
            WHERE NOT EXISTS (SELECT 1 FROM portfolio x WHERE x.candidate_account_id = a.id);
            INSERT INTO portfolio (version, candidate_account_id, designation_code, status, opened_at, updated_at)
            SELECT 0, candidate, designation,
                   CASE outcome WHEN 'AWARD' THEN 'AWARDED' WHEN 'RESUBMIT' THEN 'RESUBMISSION_REQUESTED'
                                WHEN 'DECLINE' THEN 'DECLINED' ELSE 'SUBMITTED' END,
                   NOW(6) - INTERVAL (120 + p MOD 60) DAY, NOW(6) - INTERVAL (p MOD 60) DAY
            FROM q;
            CREATE TEMPORARY TABLE qp ENGINE = MEMORY AS
            SELECT q.*, x.id AS portfolio_id FROM q JOIN portfolio x ON x.candidate_account_id = q.candidate;
            INSERT INTO portfolio_version (portfolio_id, number, submitted_at)
            SELECT portfolio_id, 1, NOW(6) - INTERVAL (30 + p MOD 60) DAY FROM qp;
            -- positions count from 0, as the entity's @OrderColumn reads them
            INSERT INTO portfolio_project (version_id, position, title, role, started_on, ended_on, description,
                                           outcomes)
            SELECT v.id, k.seq - 1, CONCAT('Service transformation ', k.seq), 'Programme lead',
                   CURDATE() - INTERVAL (3 + k.seq) YEAR, CURDATE() - INTERVAL (1 + k.seq) YEAR,
                   'Redesigned the complaint journey across phone, chat and email.',
                   'First-contact resolution up 18 points; complaints down a third.'
            FROM qp JOIN portfolio_version v ON v.portfolio_id = qp.portfolio_id JOIN %4$s k ON TRUE;
            INSERT INTO panel (version, portfolio_id, portfolio_version, candidate_account_id, designation_code,
                               status, due_on, formed_at, interview_at, interview_place, outcome, rationale,
                               decided_at)
            SELECT 0, portfolio_id, 1, candidate, designation, status,
                   CURDATE() + INTERVAL (p MOD 21) DAY - INTERVAL IF(status = 'DECIDED', 60, 0) DAY,
                   NOW(6) - INTERVAL (p MOD 30) DAY,
                   IF(status = 'SCORING', NULL, NOW(6) + INTERVAL (p MOD 14) DAY - INTERVAL IF(status = 'DECIDED', 40, 0) DAY),
                   IF(status = 'SCORING', NULL, 'Online (video call)'),
                   outcome, IF(outcome IS NULL, NULL, 'The panel weighed the evidence in all four domains.'),
                   IF(outcome IS NULL, NULL, NOW(6) - INTERVAL (p MOD 20) DAY)
            FROM qp;
            CREATE TEMPORARY TABLE pm ENGINE = MEMORY AS
            SELECT x.id AS panel_id, qp.p, qp.status, r.account_id AS assessor, k.seq = 1 AS chair, k.seq AS seat
            FROM qp JOIN panel x ON x.portfolio_id = qp.portfolio_id JOIN %5$s k ON TRUE
            JOIN r ON r.rn = (qp.p + k.seq - 1) MOD %6$d;
            INSERT INTO panel_member (panel_id, assessor_account_id, chair, assigned_at)
            SELECT panel_id, assessor, chair, NOW(6) - INTERVAL (p MOD 30) DAY FROM pm;
            INSERT INTO score (version, panel_id, assessor_account_id, status, recommendation, updated_at,
                               submitted_at)
            SELECT 0, panel_id, assessor, 'SUBMITTED', ELT(1 + (p + seat) MOD 4, 'AWARD', 'INTERVIEW', 'RESUBMIT',
                   'DECLINE'), NOW(6) - INTERVAL (p MOD 20) DAY, NOW(6) - INTERVAL (p MOD 20) DAY
            FROM pm WHERE status <> 'SCORING' OR (p MOD 3 = 0 AND seat = 1);
            INSERT INTO score_point (score_id, criterion_id, points)
            SELECT sc.id, c.id, (sc.panel_id + c.id) MOD 5
            FROM score sc JOIN pm ON pm.panel_id = sc.panel_id AND pm.assessor = sc.assessor_account_id
            JOIN rubric_criterion c ON TRUE;
            DROP TEMPORARY TABLE r, q, qp, pm
            """.formatted(sequence(1, assessors), sequence(1, panels), prefix, sequence(1, 2),
                sequence(1, 3), assessors));
        System.err.printf(Locale.ROOT, "panels 1..%d with %d assessors: %.1f s%n", panels, assessors,
                (System.nanoTime() - started) / 1e9);
    }

    private void printCounts() throws SQLException {
        var counts = Map.of("account", "account", "membership", "membership", "certification (current)",
                "certification WHERE lapsed_on IS NULL", "cpd_activity", "cpd_activity",
                "cpd_activity awaiting the registrar", "cpd_activity WHERE status IN ('SUBMITTED', 'AUDIT_SUBMITTED')",
                "membership_application open", "membership_application WHERE status IN ('SUBMITTED', "
                        + "'MORE_INFORMATION_REQUESTED', 'AWAITING_SPONSORS')",
                "panel", "panel", "panel_member", "panel_member");
        try (Statement statement = db.createStatement()) {
            for (var entry : new TreeMap<>(counts).entrySet()) {
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + entry.getValue())) {
                    rows.next();
                    System.out.printf("  %-38s %,d%n", entry.getKey(), rows.getLong(1));
                }
            }
        }
    }

    /** Runs a script (statements separated by ";" at a line end) in one transaction. */
    private void transaction(String script) throws SQLException {
        db.setAutoCommit(false);
        try {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    run(sql);
                }
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void run(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  in: " + sql.strip().lines().findFirst().orElse(""), e);
        }
    }

    /** Rows numbered from..to in a column seq: MariaDB's Sequence engine, or a recursive CTE where it is missing. */
    private String sequence(int from, int to) throws SQLException {
        if (sequenceSource == null) {
            try (Statement statement = db.createStatement()) {
                statement.executeQuery("SELECT COUNT(*) FROM seq_1_to_2").close();
                sequenceSource = "engine";
            } catch (SQLException e) {
                sequenceSource = "cte";
            }
        }
        return sequenceSource.equals("engine") ? "seq_%d_to_%d".formatted(from, to)
                : "(WITH RECURSIVE r(seq) AS (SELECT %d UNION ALL SELECT seq + 1 FROM r WHERE seq < %d) SELECT seq FROM r)"
                        .formatted(from, to);
    }

    /** SQL of a full name: a first name by one number expression, a last name by another. */
    private static String fullName(String first, String last) {
        return "CONCAT(" + pick(FIRST_NAMES, first) + ", ' ', " + pick(LAST_NAMES, last) + ")";
    }

    /** SQL choosing one of the words by a number expression, e.g. a first name by the member's number. */
    private static String pick(String[] words, String expression) {
        var sql = new StringBuilder("ELT(1 + (" + expression + ") MOD " + words.length);
        for (String word : words) {
            sql.append(", '").append(word.replace("'", "''")).append('\'');
        }
        return sql.append(')').toString();
    }

    private static int envInt(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    private static String envText(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
