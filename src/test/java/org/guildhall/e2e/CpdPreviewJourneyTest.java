package org.guildhall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19: the demo member (CCSP, a few Instruction credits approved of its cap of 20) types the hours of a talk into
 * the CPD form and watches the preview say what it would add, the cap taking its share, before submitting anything.
 */
class CpdPreviewJourneyTest extends BrowserTest {

    private static final String MEMBER = "member@guildhall.example";

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_member_types_hours_and_watches_the_preview_change_before_submitting() {
        long ccsp = jdbc.queryForObject("""
                select c.id from certification c join account a on a.id = c.holder_account_id
                where a.email = ? and c.designation_code = 'CCSP'""", Long.class, MEMBER);
        int activitiesBefore = activities();
        By adds = By.id("cpd-preview-" + ccsp);

        signIn(MEMBER, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/cpd/activity/new", By.id("cpd-preview"));
        choose("activity-category", "Instruction / Teaching");
        choose("activity-type", "Course, workshop, public seminar or conference session");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("activity-starts")), LocalDate.now(clock).minusDays(2).toString());

        var hours = browser.findElement(By.cssSelector("#activity-hours input"));
        type(hours, "4");
        waitUntil(ExpectedConditions.textToBe(adds, "+4 to CCSP"));
        double categoryBarAtFour = value(By.id("cpd-preview-category-bar-" + ccsp));

        type(hours, Keys.BACK_SPACE, "20");
        // The demo member holds a few Instruction credits (2 from the demo, 1 more once another journey has had
        // them sponsor someone): whatever they hold, the cap takes its share of the 20 and the rest counts.
        var capped = java.util.regex.Pattern.compile(
                "\\+20 to CCSP \\((\\d+) of them over the Instruction / Teaching cap, so \\+(\\d+) counted\\)");
        waitUntil(ExpectedConditions.textMatches(adds, capped));
        var shares = capped.matcher(browser.findElement(adds).getText());
        assertThat(shares.matches()).isTrue();
        assertThat(Integer.parseInt(shares.group(1))).isPositive();
        assertThat(Integer.parseInt(shares.group(1)) + Integer.parseInt(shares.group(2))).isEqualTo(20);
        assertThat(value(By.id("cpd-preview-category-bar-" + ccsp))).isGreaterThan(categoryBarAtFour)
                .isEqualTo(1.0);
        assertThat(activities()).as("nothing was submitted or saved").isEqualTo(activitiesBefore);
    }

    /** The form's kept draft would greet the next journey that logs an activity as this member. */
    @AfterEach
    void forgetTheDraft() {
        jdbc.update("""
                delete from form_draft where form_key = 'cpd-activity:new'
                and account_id = (select id from account where email = ?)""", MEMBER);
    }

    private int activities() {
        return jdbc.queryForObject("select count(*) from cpd_activity", Integer.class);
    }

    private double value(By bar) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].value",
                browser.findElement(bar))).doubleValue();
    }

    private void choose(String selectId, String item) {
        click(browser.findElement(By.id(selectId)));
        click(waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + item + "']")));
    }
}
