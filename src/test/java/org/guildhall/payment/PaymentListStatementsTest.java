package org.guildhall.payment;

import java.math.BigDecimal;
import java.util.UUID;

import org.guildhall.TestAccounts;
import org.guildhall.ViewStatementsTest;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15: the registrar's payments grid costs the same statements at 1 and 50 unpaid invoices. */
class PaymentListStatementsTest extends ViewStatementsTest {

    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_payments_grid() {
        invoicesToNewPayers(1);
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/payments", "payments-grid");
        invoicesToNewPayers(49);
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/payments", "payments-grid");
        report("Payments grid", few, many);
        assertConstant("Payments grid", few, many, 6);
    }

    private void invoicesToNewPayers(int count) {
        for (int i = 0; i < count; i++) {
            var payer = TestAccounts.account(provisioning, "Paula Payer", Role.MEMBER);
            payments.issue(payer.id(), PaymentPurpose.RENEWAL, "statements:" + UUID.randomUUID(), "Renewal fee",
                    new BigDecimal("120.00"));
        }
    }
}
