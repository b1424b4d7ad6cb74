package org.guildhall.payment.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The payment settings, {@code guildhall.payment.*} (defaults in application.properties).
 *
 * @param bankTransferTo the institute's bank account as payers are told it: name, sort code, account, IBAN
 */
@Validated
@ConfigurationProperties("guildhall.payment")
public record PaymentProperties(@NotBlank String bankTransferTo) {
}
