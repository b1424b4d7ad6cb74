package org.guildhall.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 over real HTTP against the running portal (Tomcat, as in production, on the browser journeys' context):
 * the sign-in form's CSRF check, the session cookie's attributes and HSTS behind a TLS-terminating proxy, no
 * session id in any URL, the browser hardening headers, and the public certificate check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class WebHardeningHttpTest {

    private static final String MEMBER = "member@guildhall.example";
    private static final String PASSWORD = "guildhall-demo";
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signing_in_without_the_login_pages_csrf_token_is_refused() throws Exception {
        var loginPage = send(get("/login"));
        String session = sessionCookie(loginPage);

        var forged = send(post("/login", "username=" + MEMBER + "&password=" + PASSWORD)
                .header("Cookie", session));

        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    @Test
    void signing_in_with_the_token_from_the_login_page_works() throws Exception {
        var loginPage = send(get("/login"));
        String session = sessionCookie(loginPage);
        var meta = META.matcher(loginPage.body()).results().toList();
        String parameter = meta.stream().filter(m -> m.group(1).equals("_csrf_parameter")).findFirst().orElseThrow()
                .group(2);
        String token = meta.stream().filter(m -> m.group(1).equals("_csrf")).findFirst().orElseThrow().group(2);

        var signedIn = send(post("/login", "username=" + MEMBER + "&password=" + PASSWORD + "&" + parameter + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)).header("Cookie", session));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_not_secure_over_plain_http() throws Exception {
        var response = send(get("/login"));

        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_tls_terminating_proxy_the_cookie_is_secure_and_hsts_is_sent() throws Exception {
        var response = send(get("/login").header("X-Forwarded-Proto", "https"));

        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    /**
     * Spring Security already keeps the id out of the URLs it writes and refuses URLs with ';'; cookie-only
     * tracking makes the container itself neither write nor read it, also for requests outside the filter chain.
     */
    @Test
    void the_session_id_never_appears_in_a_url() throws Exception {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        var sentToSignIn = send(get("/certificates/1"));

        assertThat(sentToSignIn.statusCode()).isEqualTo(302);
        assertThat(sentToSignIn.headers().firstValue("Location").orElseThrow())
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(send(get("/login")).body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void pages_carry_the_browser_hardening_headers() throws Exception {
        for (String path : List.of("/login", "/verify")) {
            var headers = send(get(path)).headers();

            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                            "base-uri 'self'", "form-action 'self'"));
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void anyone_checks_a_certificate_code_without_signing_in() throws Exception {
        var response = send(get("/verify/ABCD-EFGH-JKLM-NPQR"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
