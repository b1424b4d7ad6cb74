package org.guildhall.platform;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, over HTTP through the real security filter chain: the metrics in Prometheus format are for operators
 * and admins signing in with HTTP Basic; nobody else, while health stays open to load balancers.
 */
@IntegrationTest
class ActuatorAccessIntegrationTest {

    private static final String OPERATOR = "view.operator@example.org";

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    private MockMvc http;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(accounts, provisioning);
        synchronized (ActuatorAccessIntegrationTest.class) {
            if (accounts.findByEmail(OPERATOR).isEmpty()) {
                provisioning.createAccount("Olu Operator", OPERATOR, TestAccounts.PASSWORD, Role.OPERATOR);
            }
        }
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void an_operator_and_an_admin_scrape_the_metrics_in_prometheus_format() throws Exception {
        for (String staff : new String[] {OPERATOR, TestAccounts.ADMIN}) {
            http.perform(get("/actuator/prometheus").with(httpBasic(staff, TestAccounts.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/plain"))
                    .andExpect(content().string(containsString("guildhall_mail_attempts_total{outcome=\"gave_up\"}")))
                    .andExpect(content().string(containsString("guildhall_mail_outbox{status=\"failed\"}")));
        }
        http.perform(get("/actuator/metrics").with(httpBasic(TestAccounts.ADMIN, TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void anyone_else_is_refused_and_health_stays_open() throws Exception {
        http.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        http.perform(get("/actuator/prometheus").with(httpBasic(TestAccounts.MEMBER, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        http.perform(get("/actuator/metrics").with(httpBasic(TestAccounts.REGISTRAR, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        http.perform(get("/actuator/prometheus").with(httpBasic(OPERATOR, "not the password")))
                .andExpect(status().isUnauthorized());
        http.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
