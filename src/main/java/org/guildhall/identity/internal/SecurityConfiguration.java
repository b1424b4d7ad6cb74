package org.guildhall.identity.internal;

import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.guildhall.identity.ui.LoginView;
import org.guildhall.shell.DatabaseOutage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Spring Security through Vaadin's configurer: the login view, view access by annotations, and method security
 * so services refuse what views merely hide.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/images/**", "/styles/**", "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
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

    /** Delegating encoder: bcrypt today, and stored hashes say their algorithm so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottlePolicy loginThrottlePolicy(@Value("${guildhall.login.max-failures:5}") int maxFailures,
            @Value("${guildhall.login.lock-duration:15m}") Duration lockDuration) {
        return new LoginThrottlePolicy(maxFailures, lockDuration);
    }
}
