package org.guildhall;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Signs in through the portal's sign-in form over MockMvc, as a browser does, for tests of real sessions. */
public final class FormSignIn {

    private FormSignIn() {
    }

    /** The session the sign-in opened, stamped as every real sign-in's is. */
    public static MockHttpSession signIn(MockMvc http, String email) throws Exception {
        var result = http.perform(post("/login").param("username", email).param("password", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("session opened by signing in").isNotNull();
        return session;
    }
}
