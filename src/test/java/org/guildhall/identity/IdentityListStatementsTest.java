package org.guildhall.identity;

import org.guildhall.TestAccounts;
import org.guildhall.ViewStatementsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15: the admin's users grid costs the same statements at 1 and 50 people. */
class IdentityListStatementsTest extends ViewStatementsTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_users_grid() {
        TestAccounts.account(provisioning, "Ulla User", Role.MEMBER);
        signIn(TestAccounts.ADMIN);
        var few = open("admin/users", "user-grid", "role-change-grid");
        for (int i = 0; i < 49; i++) {
            TestAccounts.account(provisioning, "Ulla User", Role.MEMBER);
        }
        signIn(TestAccounts.ADMIN);
        var many = open("admin/users", "user-grid", "role-change-grid");
        report("Users and roles", few, many);
        assertConstant("Users and roles", few, many, 6);
    }
}
