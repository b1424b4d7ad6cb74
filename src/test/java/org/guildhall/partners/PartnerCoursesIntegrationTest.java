package org.guildhall.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipRecord;
import org.guildhall.membership.MembershipService;
import org.guildhall.partners.RosterReport.Outcome;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 19, partner claim codes and rosters on MariaDB: a member redeems a course's code once and it counts,
 * approved, under the category caps; a partner's contact registers a course and uploads its roster, sees the report,
 * then credits every matched member together or none; nobody else's course can be touched.
 */
@IntegrationTest
class PartnerCoursesIntegrationTest {

    @Autowired PartnerCourseService courses;
    @Autowired ClaimCodeService claimCodes;
    @Autowired CpdService cpd;
    @Autowired CertificationAwards awards;
    @Autowired MembershipService memberships;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_member_redeems_a_code_once_and_the_course_counts_approved_within_the_category_cap() {
        var member = certifiedMember("Tendai Moyo");
        var workshop = instituteCourse("Complaint handling workshop", "6", today().minusDays(10), today());
        var longCourse = instituteCourse("Service management diploma", "40", today().minusDays(10), today());

        TestAccounts.signInAs(member);
        var redeemed = claimCodes.redeem(new ClaimCodeData(workshop.claimCode().toLowerCase().replace("-", " ")));

        assertThat(redeemed.title()).isEqualTo("Complaint handling workshop");
        var activity = cpd.myActivity(redeemed.activityId());
        assertThat(activity.status()).isEqualTo(CpdActivityStatus.APPROVED);
        assertThat(activity.automatic()).isTrue();
        assertThat(activity.endsOn()).isEqualTo(today());
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo("6");
        assertThat(codeProblem(workshop.claimCode()).text().key()).isEqualTo("partners.code.already-used");

        claimCodes.redeem(new ClaimCodeData(longCourse.claimCode()));
        var education = cpd.myProgress().getFirst().categories().stream()
                .filter(category -> category.category() == CpdCategory.CONTINUING_EDUCATION).findFirst().orElseThrow();
        assertThat(education.claimed()).isEqualByComparingTo("46");
        assertThat(education.counted()).as("Continuing Education is capped at 30").isEqualByComparingTo("30");
        assertThat(creditsOf(member)).isEqualTo(2);
    }

    @Test
    void a_wrong_a_mistyped_an_expired_and_a_future_code_are_refused_on_the_field_and_nothing_is_recorded() {
        var member = certifiedMember("Lerato Dube");
        var expired = instituteCourse("Last year's webinar", "2", today().minusDays(30), today().minusDays(1));
        var future = instituteCourse("Next month's seminar", "2", today().plusDays(1), today().plusDays(30));

        TestAccounts.signInAs(member);

        assertThat(codeProblem("ZZZZ-ZZZZ-ZZZZ").text().key()).isEqualTo("partners.code.unknown");
        assertThat(codeProblem("hello").text().key()).isEqualTo("partners.code.malformed");
        assertThat(codeProblem(expired.claimCode()).message()).startsWith("This claim code expired on");
        assertThat(codeProblem(future.claimCode()).text().key()).isEqualTo("partners.code.not-yet-valid");
        assertThat(cpd.myActivities()).isEmpty();
    }

    @Test
    void a_code_the_cpd_rules_refuse_is_refused_on_the_code_field_with_their_reason() {
        var uncertified = TestAccounts.member(provisioning, memberships, "Nomsa Khumalo");
        var course = instituteCourse("Call centre metrics", "3", today().minusDays(3), today());

        TestAccounts.signInAs(uncertified);

        assertThat(codeProblem(course.claimCode()).text().key()).isEqualTo("cpd.claim.outside-cycles");
        assertThat(creditsOf(uncertified)).isZero();
    }

    @Test
    void a_partners_roster_is_reported_line_by_line_then_every_matched_member_is_credited() {
        var contact = TestAccounts.account(provisioning, "Chipo Partner", Role.MEMBER);
        var partnerId = recordPartner("CICM Harare " + System.nanoTime(), contact);
        var byNumber = certifiedMember("Farai Ncube");
        var byEmail = certifiedMember("Rudo Sibanda");
        var uncertified = TestAccounts.member(provisioning, memberships, "Tatenda Phiri");
        var byCode = certifiedMember("Kuda Mhlanga");
        TestAccounts.signInAs(contact);
        var course = courses.register(new CourseData(partnerId, "Customer journey mapping", "CICM Harare",
                CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", new BigDecimal("6"), today().minusDays(20),
                today().plusDays(20)));
        TestAccounts.signInAs(byCode);
        claimCodes.redeem(new ClaimCodeData(course.claimCode()));
        byte[] roster = csv("Member number or email", numberOf(byNumber), byEmail.email().toUpperCase(),
                "nobody." + System.nanoTime() + "@example.org", byEmail.email(), "not an address",
                uncertified.email(), byCode.email());

        TestAccounts.signInAs(contact);
        var preview = courses.previewRoster(course.id(), roster, today().minusDays(1));

        assertThat(preview.applied()).isFalse();
        assertThat(preview.rows()).extracting(RosterReport.Row::lineNumber, RosterReport.Row::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, Outcome.MATCHED),
                        org.assertj.core.groups.Tuple.tuple(3, Outcome.MATCHED),
                        org.assertj.core.groups.Tuple.tuple(4, Outcome.UNKNOWN_PERSON),
                        org.assertj.core.groups.Tuple.tuple(5, Outcome.DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple(6, Outcome.UNREADABLE),
                        org.assertj.core.groups.Tuple.tuple(7, Outcome.NOT_CREDITABLE),
                        org.assertj.core.groups.Tuple.tuple(8, Outcome.ALREADY_CREDITED));
        assertThat(preview.rows().get(5).reason().key()).isEqualTo("cpd.claim.outside-cycles");
        assertThat(creditsOf(byNumber) + creditsOf(byEmail)).as("a preview credits nobody").isZero();

        var applied = courses.applyRoster(course.id(), roster, today().minusDays(1));

        assertThat(applied.applied()).isTrue();
        assertThat(applied.count(Outcome.MATCHED)).isEqualTo(2);
        assertThat(creditsOf(byNumber)).isEqualTo(1);
        assertThat(creditsOf(byEmail)).isEqualTo(1);
        assertThat(creditsOf(uncertified)).isZero();
        assertThat(courses.course(course.id()).credited()).isEqualTo(3);
        TestAccounts.signInAs(byNumber);
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo("6");
        assertThat(cpd.myActivities().getFirst().endsOn()).isEqualTo(today().minusDays(1));

        TestAccounts.signInAs(contact);
        var again = courses.applyRoster(course.id(), roster, today().minusDays(1));
        assertThat(again.count(Outcome.MATCHED)).isZero();
        assertThat(again.count(Outcome.ALREADY_CREDITED)).isEqualTo(3);
        assertThat(creditsOf(byNumber)).isEqualTo(1);
    }

    @Test
    void a_roster_that_fails_part_way_credits_nobody() {
        var first = certifiedMember("Anesu Chikore");
        var second = certifiedMember("Blessing Gumbo");
        var course = instituteCourse("Contact centre forecasting", "4", today().minusDays(5), today());
        byte[] roster = csv(first.email(), second.email());
        jdbc.execute("CREATE TRIGGER test_course_credit_fails BEFORE INSERT ON course_credit FOR EACH ROW"
                + " BEGIN IF NEW.account_id = " + second.id()
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
        try {
            TestAccounts.asRegistrar();
            assertThat(courses.previewRoster(course.id(), roster, today()).count(Outcome.MATCHED)).isEqualTo(2);

            assertThatExceptionOfType(DataAccessException.class)
                    .isThrownBy(() -> courses.applyRoster(course.id(), roster, today()));
        } finally {
            jdbc.execute("DROP TRIGGER test_course_credit_fails");
        }

        assertThat(creditsOf(first)).as("the first line's credit went back with the second's failure").isZero();
        assertThat(creditsOf(second)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from course_credit where course_id = ?", Integer.class,
                course.id())).isZero();
    }

    @Test
    void a_roster_date_outside_the_course_or_to_come_is_refused_whole() {
        var member = certifiedMember("Tariro Mutasa");
        var course = instituteCourse("Escalation desk", "3", today().minusDays(5), today().minusDays(2));
        TestAccounts.asRegistrar();

        assertThatExceptionOfType(PartnerRefusedException.class)
                .isThrownBy(() -> courses.applyRoster(course.id(), csv(member.email()), today().minusDays(1)))
                .withMessageContaining("choose a day within it");
        assertThatExceptionOfType(PartnerRefusedException.class)
                .isThrownBy(() -> courses.previewRoster(course.id(), csv(member.email()), null));
        assertThat(creditsOf(member)).isZero();
    }

    @Test
    void only_staff_and_the_partners_own_contacts_act_on_its_courses() {
        var contact = TestAccounts.account(provisioning, "Own Contact", Role.MEMBER);
        var stranger = TestAccounts.account(provisioning, "Other Contact", Role.MEMBER);
        var partnerId = recordPartner("Lumen Training " + System.nanoTime(), contact);
        recordPartner("Other Partner " + System.nanoTime(), stranger);
        TestAccounts.signInAs(contact);
        var course = courses.register(new CourseData(partnerId, "Loyalty programmes", "Lumen Training",
                CpdCategory.CONTINUING_EDUCATION, "E_LEARNING", new BigDecimal("3"), today(), today()));
        assertThat(courses.myCourses()).extracting(CourseSummary::id).containsExactly(course.id());
        assertThat(course.claimCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");

        TestAccounts.signInAs(stranger);
        assertThat(courses.mayManageCourses()).isTrue();
        assertThat(courses.myCourses()).extracting(CourseSummary::id).doesNotContain(course.id());
        assertThatExceptionOfType(CourseNotFoundException.class)
                .isThrownBy(() -> courses.previewRoster(course.id(), csv(contact.email()), today()));
        assertThatExceptionOfType(PartnerRefusedException.class).isThrownBy(() -> courses.register(new CourseData(
                partnerId, "Not mine", "Lumen", CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", BigDecimal.ONE,
                today(), today()))).satisfies(refused -> assertThat(refused.fieldProblems())
                .extracting(FieldProblem::field).containsExactly(CourseData.PARTNER));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> courses.recordPartner(new PartnerData("Self-made partner", "")));

        var plainMember = TestAccounts.account(provisioning, "Plain Member", Role.MEMBER);
        TestAccounts.signInAs(plainMember);
        assertThat(courses.mayManageCourses()).isFalse();
        assertThat(courses.myCourses()).isEmpty();
        assertThatExceptionOfType(PartnerRefusedException.class).isThrownBy(() -> courses.register(new CourseData(
                null, "The institute's", "Guildhall", CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", BigDecimal.ONE,
                today(), today())));
    }

    private CourseSummary instituteCourse(String title, String hours, LocalDate from, LocalDate to) {
        TestAccounts.asRegistrar();
        var course = courses.register(new CourseData(null, title, "Guildhall Academy",
                CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", new BigDecimal(hours), from, to));
        TestAccounts.signOut();
        return course;
    }

    private long recordPartner(String name, AccountSummary contact) {
        TestAccounts.asRegistrar();
        long id = courses.recordPartner(new PartnerData(name, contact.email()));
        TestAccounts.signOut();
        return id;
    }

    private FieldProblem codeProblem(String code) {
        try {
            claimCodes.redeem(new ClaimCodeData(code));
        } catch (PartnerRefusedException refused) {
            assertThat(refused.fieldProblems()).singleElement().extracting(FieldProblem::field)
                    .isEqualTo(ClaimCodeData.CODE);
            return refused.fieldProblems().getFirst();
        }
        throw new AssertionError("Expected " + code + " to be refused");
    }

    private AccountSummary certifiedMember(String name) {
        var member = TestAccounts.member(provisioning, memberships, name);
        awards.award(member.id(), "CCSP", Route.EXAM, today().minusYears(1));
        return member;
    }

    private String numberOf(AccountSummary member) {
        return memberships.membershipOf(member.id()).map(MembershipRecord::memberNumber).orElseThrow();
    }

    private int creditsOf(AccountSummary member) {
        return jdbc.queryForObject("select count(*) from cpd_activity where account_id = ? and source_key like 'course:%'",
                Integer.class, member.id());
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
