package org.guildhall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.shell.DatabaseOutage;
import org.guildhall.shell.DatabaseUnavailableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database goes away under a running portal (its link is cut, as when the server stops) and comes back. The
 * portal reaches a database of its own through a link the test cuts ({@link CuttableDatabase}); this is the one
 * suite test with a context of its own, since no other may lose its database.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatabaseOutageIntegrationTest extends SpringBrowserlessTest {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void databaseThroughTheLink(DynamicPropertyRegistry registry) {
        CuttableDatabase.routeDatasource(registry);
    }

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    private MockMvc http;

    @BeforeEach
    void portalUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_wrong_password_still_reads_as_a_wrong_password_while_the_database_is_up() throws Exception {
        assertThat(signIn("not the password").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void with_the_database_gone_sign_in_and_services_say_so_within_seconds_readiness_goes_down_and_all_recovers()
            throws Exception {
        assertThat(readinessStatus()).isEqualTo(200);
        CuttableDatabase.cut();
        try {
            long cutAt = System.nanoTime();
            assertThat(readinessStatus()).isEqualTo(503);
            Duration readinessDown = since(cutAt);
            assertThat(readinessDown).isLessThan(A_FEW_SECONDS);

            long signInAt = System.nanoTime();
            MvcResult refused = signIn(TestAccounts.PASSWORD);
            Duration signInAnswered = since(signInAt);
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?unavailable");
            assertThat(signInAnswered).isLessThan(A_FEW_SECONDS);

            Throwable serviceFailure = catchThrowable(() -> accounts.findByEmail(TestAccounts.MEMBER));
            assertThat(DatabaseOutage.isCause(serviceFailure)).as("%s", serviceFailure).isTrue();
            System.out.printf("Database cut: readiness DOWN after %d ms, sign-in answered after %d ms%n",
                    readinessDown.toMillis(), signInAnswered.toMillis());
        } finally {
            CuttableDatabase.restore();
        }

        long restoredAt = System.nanoTime();
        // The pool's connection adder backs off while the database is away (up to a few seconds), hence the margin.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> !signIn(TestAccounts.PASSWORD).getResponse().getRedirectedUrl().startsWith("/login"));
        Duration firstSuccess = since(restoredAt);
        assertThat(readinessStatus()).isEqualTo(200);
        System.out.printf("Database back: first successful sign-in after %d ms%n", firstSuccess.toMillis());
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_form_action_that_cannot_save_says_so_and_keeps_the_values_and_a_page_that_cannot_load_says_so() {
        navigate("cpd/activity/new", Component.class);
        TextField title = $(TextField.class).id("activity-title-field");
        test(title).setValue("Handling escalations");
        CuttableDatabase.cut();
        try {
            Throwable failure = catchThrowable(() -> test($(Button.class).id("save-draft")).click());
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
            assertThat($(Notification.class).last().getElement().getProperty("text")).isEqualTo(DatabaseOutage.MESSAGE);
            assertThat(title.getValue()).isEqualTo("Handling escalations");

            UI.getCurrent().navigate("cpd");
            assertThat(getCurrentView()).isInstanceOf(DatabaseUnavailableView.class);
            assertThat($(Paragraph.class).id("database-unavailable-message").getText()).isEqualTo(DatabaseOutage.MESSAGE);
        } finally {
            CuttableDatabase.restore();
        }
    }

    private MvcResult signIn(String password) throws Exception {
        return http.perform(post("/login").param("username", TestAccounts.MEMBER).param("password", password)
                .with(csrf())).andReturn();
    }

    private int readinessStatus() throws Exception {
        return http.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus();
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
