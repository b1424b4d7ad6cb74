package org.guildhall.identity.internal;

import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo account per role plus a few members, so a newcomer can click through at once. Only in the {@code demo}
 * profile, which {@code ./mvnw spring-boot:run} switches on and the production jar never does.
 */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

    /** The password of every demo account; printed in the README. */
    static final String PASSWORD = "guildhall-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final AccountProvisioning provisioning;

    DemoAccounts(AccountService accounts, AccountProvisioning provisioning) {
        this.accounts = accounts;
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail("admin@guildhall.example").isPresent()) {
            return;
        }
        create("Tomás Alvarez", "admin@guildhall.example", Role.ADMIN);
        create("Helen Marsh", "registrar@guildhall.example", Role.REGISTRAR);
        create("Daniel Whitfield", "assessor@guildhall.example", Role.MEMBER, Role.ASSESSOR);
        create("Amara Okafor", "member@guildhall.example", Role.MEMBER);
        create("Priya Raman", "applicant@guildhall.example", Role.APPLICANT);
        create("Grace Lindqvist", "grace.lindqvist@northwind-telecom.example", Role.MEMBER);
        create("Kwame Mensah", "kwame.mensah@accra-bank.example", Role.MEMBER);
        create("Sofia Marchetti", "sofia.marchetti@contoso-retail.example", Role.MEMBER);
        create("Liam O'Connor", "liam.oconnor@harbour-insurance.example", Role.MEMBER);
        create("Mei Chen", "mei.chen@lumen-care.example", Role.MEMBER, Role.ASSESSOR);
        log.info("Demo accounts created; every one signs in with the password '{}'", PASSWORD);
    }

    private void create(String name, String email, Role... roles) {
        provisioning.createAccount(name, email, PASSWORD, roles);
    }
}
