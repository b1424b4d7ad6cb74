package org.guildhall.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.payment.InvoiceCancelledException;
import org.guildhall.payment.InvoiceStatus;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentDeclarationData;
import org.guildhall.payment.PaymentDeclarationRefusedException;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/** A fee owed by one account, from issue to confirmed payment. */
@Entity
@Table(name = "invoice")
public class Invoice {

    /** Fees are set and paid in pounds sterling. */
    public static final String CURRENCY = "GBP";
    /** As long as the payer_reference column holds. */
    public static final int MAX_PAYER_REFERENCE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String reference;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private PaymentPurpose purpose;

    private String subject;

    private String description;

    private BigDecimal amount;

    private String currency;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    private Instant issuedAt;

    private @Nullable String payerReference;

    private @Nullable Instant paidAt;

    private @Nullable String confirmedBy;

    protected Invoice() {
    }

    public Invoice(String reference, long accountId, PaymentPurpose purpose, String subject, String description,
            BigDecimal amount, Instant issuedAt) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("An invoice cannot be for a negative amount");
        }
        this.reference = reference;
        this.accountId = accountId;
        this.purpose = purpose;
        this.subject = subject;
        this.description = description;
        this.amount = amount;
        this.currency = CURRENCY;
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = issuedAt;
    }

    /** References read "INV-" and six digits, e.g. INV-000042. */
    public static String reference(long sequenceValue) {
        return "INV-%06d".formatted(sequenceValue);
    }

    /**
     * The payer says they have paid, quoting their payment's reference as their bank shows it, so the registrar can
     * find the transfer; a reference that is blank or longer than the column holds is refused on its field.
     */
    public void declarePayment(PaymentDeclarationData declaration) {
        String reference = declaration.payerReference() == null ? "" : declaration.payerReference().strip();
        if (reference.isEmpty() || reference.length() > MAX_PAYER_REFERENCE) {
            throw new PaymentDeclarationRefusedException(List.of(new FieldProblem(
                    PaymentDeclarationData.PAYER_REFERENCE, reference.isEmpty()
                            ? Text.of("payment.declaration.reference-needed")
                            : Text.of("payment.declaration.reference-too-long", MAX_PAYER_REFERENCE))));
        }
        refuseIfCancelled();
        if (status != InvoiceStatus.PAID) {
            this.payerReference = reference;
            this.status = InvoiceStatus.PAYMENT_DECLARED;
        }
    }

    /** Marks the invoice paid; returns false, changing nothing, when it already was. */
    public boolean confirmPayment(@Nullable String payerReference, String confirmedBy, Instant at) {
        if (status == InvoiceStatus.PAID) {
            return false;
        }
        refuseIfCancelled();
        if (payerReference != null && !payerReference.isBlank()) {
            this.payerReference = payerReference;
        }
        this.status = InvoiceStatus.PAID;
        this.confirmedBy = confirmedBy;
        this.paidAt = at;
        return true;
    }

    /** Withdraws an unpaid invoice; returns false, changing nothing, when it was paid or already cancelled. */
    public boolean cancel() {
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.CANCELLED) {
            return false;
        }
        this.status = InvoiceStatus.CANCELLED;
        return true;
    }

    private void refuseIfCancelled() {
        if (status == InvoiceStatus.CANCELLED) {
            throw new InvoiceCancelledException(reference, description);
        }
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public InvoiceSummary toView() {
        return new InvoiceSummary(id, reference, accountId, purpose, subject, description, amount, currency, status,
                issuedAt, payerReference, paidAt, confirmedBy);
    }
}
