package org.guildhall.identity.internal;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.identity.domain.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the institute's first admin on a fresh production database from {@code GUILDHALL_FIRST_ADMIN_EMAIL}
 * and {@code GUILDHALL_FIRST_ADMIN_PASSWORD}; does nothing once any admin exists, so the variables can be removed
 * after the first start.
 */
@Component
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final AccountService accounts;
    private final PasswordPolicy passwordPolicy;
    private final String email;
    private final String password;

    FirstAdminBootstrap(AccountService accounts, PasswordPolicy passwordPolicy, @Value("${guildhall.first-admin.email:}") String email,
            @Value("${guildhall.first-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank() || accounts.anyAccountHolds(Role.ADMIN)) {
            return;
        }
        passwordPolicy.weakness(password, email, "Administrator").ifPresent(reason -> {
            throw new IllegalStateException("GUILDHALL_FIRST_ADMIN_PASSWORD is too weak: " + reason);
        });
        accounts.createAccount("Administrator", email, password, Role.ADMIN);
        log.info("Created the first admin account {}; change its name and password after signing in", email);
    }
}
