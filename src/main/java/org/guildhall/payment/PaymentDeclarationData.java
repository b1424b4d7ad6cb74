package org.guildhall.payment;

import org.jspecify.annotations.Nullable;

/**
 * What a payer declares about an invoice they have paid by bank transfer, as the form holds it: their payment's own
 * reference. A blank is allowed here and judged by the domain, which refuses it on this component.
 */
public record PaymentDeclarationData(@Nullable String payerReference) {

    // The component's name: a refusal names the field it concerns with it.
    public static final String PAYER_REFERENCE = "payerReference";
}
