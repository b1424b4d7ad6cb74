package org.guildhall.identity.internal;

import java.time.Clock;
import java.util.Map;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.guildhall.identity.domain.CommonPasswords;
import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.identity.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Spring Security through Vaadin's configurer: the login view, view access by annotations, and method security
 * so services refuse what views merely hide; plus the password rules and hashing, and the limits on sign-in.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(AccountSecuritySettings.class)
class SecurityConfiguration {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestRateLimits rateLimits,
            ClientSignInThrottle clientThrottle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/images/**", "/styles/**", "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll());
        http.addFilterBefore(new SignInLimitFilter(rateLimits, clientThrottle),
                UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
