package org.guildhall.identity.internal;

import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final AccountProvisioning provisioning;
    private final String email;
    private final String password;

    FirstAdminBootstrap(AccountService accounts, AccountProvisioning provisioning, FirstAdminSettings firstAdmin) {
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.email = firstAdmin.email();
        this.password = firstAdmin.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank() || accounts.anyAccountHolds(Role.ADMIN)) {
            return;
        }
        try {
            provisioning.createAccount("Administrator", email, password, Role.ADMIN);
        } catch (InvalidAccountDataException refused) {
            throw new IllegalStateException("GUILDHALL_FIRST_ADMIN_EMAIL or _PASSWORD is refused: "
                    + refused.getMessage());
        }
        log.info("Created the first admin account {}; change its name and password after signing in", email);
    }
}
