package org.guildhall.identity.internal;

import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.guildhall.identity.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security through Vaadin's configurer: the login view, view access by annotations, the portal's other web
 * paths ({@link PortalWebPaths}), and method security so services refuse what views merely hide.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(PortalWebPaths::declare);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
