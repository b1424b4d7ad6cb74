package org.guildhall.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.guildhall.identity.domain.CommonPasswords;
import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.identity.ui.LoginView;
import org.guildhall.shell.DatabaseOutage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security through Vaadin's configurer: the login view, view access by annotations, the portal's other web
 * paths ({@link PortalWebPaths}), sessions that end when the account's rights change or their lifetime is over,
 * the sign-in form's CSRF check and limits, browser hardening headers, the password rules and hashing, and
 * method security so services refuse what views merely hide. Why each is as it is:
 * {@code docs/decisions/web-paths-and-sessions.md} and {@code docs/decisions/accounts-and-passwords.md}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({SessionSettings.class, AccountSecuritySettings.class, FirstAdminSettings.class})
class SecurityConfiguration {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    /**
     * As strict as Vaadin Flow 25 allows, found in Chromium: its bootstrap page carries inline scripts that change
     * with every page (no hash fits, and Vaadin offers no nonce), its client evaluates the JavaScript the server
     * sends ({@code new Function}; without 'unsafe-eval' no view renders), and its components set inline styles.
     * Nothing may load from another origin, post a form elsewhere, or frame the portal.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Powerful browser features the portal never uses, switched off for it and anything it might embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
            AccountSessions sessions, SessionSettings sessionSettings, SecurityContextHolderStrategy securityContexts,
            RequestRateLimits rateLimits, ClientSignInThrottle clientThrottle, Clock clock) throws Exception {
        http.authorizeHttpRequests(PortalWebPaths::declare);
        http.addFilterBefore(new SignInLimitFilter(rateLimits, clientThrottle),
                UsernamePasswordAuthenticationFilter.class);
        // Vaadin's own CSRF configuration exempts the sign-in form, which lets a hostile page sign a victim into
        // the attacker's account; only Vaadin's internal requests (which carry Vaadin's own token) are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A new session id at sign-in (as Spring Security's default), stamped for SessionLifetimeFilter.
        var signInSession = new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), new SessionStamping(sessions)));
        http.sessionManagement(session -> session.sessionAuthenticationStrategy(signInSession));
        http.addFilterAfter(new SessionLifetimeFilter(sessions, sessionSettings, securityContexts, clock),
                SecurityContextHolderFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        // After Vaadin's configurer is added, so form login starts with Vaadin's login view (not Spring's generated
        // page); before build, when Vaadin names the page and would otherwise install "?error" for every failure.
        http.formLogin(form -> form.failureHandler(signInFailureHandler()));
        return http.build();
    }

    /**
     * A sign-in that failed because the database is out of reach is not a wrong password: the login page says which
     * ({@code ?unavailable} or {@code ?error}); both keep the failure in the session for the page to read.
     */
    private static AuthenticationFailureHandler signInFailureHandler() {
        var wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");
        var databaseUnreachable = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");
        return (request, response, failure) -> (DatabaseOutage.isCause(failure) ? databaseUnreachable : wrongCredentials)
                .onAuthenticationFailure(request, response, failure);
    }

    /**
     * {@code /actuator/**} on its own, ahead of the portal's chain: health and info open to load balancers, the rest
     * (metrics, Prometheus) to operators and admins signing in with HTTP Basic, without a session or a login page,
     * so a scraper gets 401 or 403 instead of a redirect.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PortalWebPaths.ACTUATOR)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PortalWebPaths.ACTUATOR_PUBLIC).permitAll()
                        .anyRequest().hasAnyRole(PortalWebPaths.ACTUATOR_ROLES))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Argon2id for every new hash; stored hashes name their algorithm, so bcrypt ones from before still verify and
     * are rehashed with Argon2id at the owner's next sign-in ({@link AccountUserDetailsService#updatePassword}), as
     * are Argon2id hashes made with weaker parameters than configured.
     */
    @Bean
    PasswordEncoder passwordEncoder(AccountSecuritySettings settings) {
        var cost = settings.argon2();
        var argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, cost.parallelism(), cost.memoryKib(),
                cost.iterations());
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }

    /** Loads the shipped list of breached passwords once, at start. */
    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(CommonPasswords.shipped());
    }

    @Bean
    LoginThrottlePolicy accountSignInThrottle(AccountSecuritySettings settings) {
        return settings.throttlePerAccount().policy();
    }

    @Bean
    ClientSignInThrottle clientSignInThrottle(AccountSecuritySettings settings, Clock clock) {
        return new ClientSignInThrottle(settings.throttlePerClient().policy(), clock);
    }
}
