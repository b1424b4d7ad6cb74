package org.guildhall.identity.internal;

import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.guildhall.identity.Role;
import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.guildhall.identity.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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
                .requestMatchers("/images/**", "/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * {@code /actuator/**} on its own, ahead of the portal's chain: health and info open to load balancers, the rest
     * (metrics, Prometheus) to operators and admins signing in with HTTP Basic, without a session or a login page,
     * so a scraper gets 401 or 403 instead of a redirect.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasAnyRole(Role.Names.OPERATOR, Role.Names.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
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
