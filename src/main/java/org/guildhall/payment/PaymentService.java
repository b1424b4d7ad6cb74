package org.guildhall.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentEvents.InvoicePaid;
import org.guildhall.payment.domain.Invoice;
import org.guildhall.payment.domain.InvoiceRepository;
import org.guildhall.payment.internal.PaymentProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment step every fee goes through: the issuing module asks for an invoice, the payer pays quoting its
 * reference and declares their payment, and a registrar confirms it. Issuing and confirming are idempotent, so a
 * double click or a retried request never bills or confirms twice.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class PaymentService {

    private final InvoiceRepository invoices;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final PaymentProperties settings;

    PaymentService(InvoiceRepository invoices, AccountService accounts, ApplicationEventPublisher publisher,
            Clock clock, PaymentProperties settings) {
        this.invoices = invoices;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
        this.settings = settings;
    }

    /** Where payers send their transfers: the institute's bank account, as configured. */
    @PreAuthorize("isAuthenticated()")
    public String bankTransferDetails() {
        return settings.bankTransferTo();
    }

    /**
     * The invoice for {@code purpose} and {@code subject}, issued to {@code accountId} on the first call; later
     * calls return the same invoice unchanged. Callers serialise calls for one subject (it is theirs to lock).
     */
    @Transactional
    public InvoiceSummary issue(long accountId, PaymentPurpose purpose, String subject, String description,
            BigDecimal amount) {
        return invoices.findByPurposeAndSubject(purpose, subject)
                .orElseGet(() -> invoices.save(new Invoice(Invoice.reference(invoices.nextInvoiceNumber()),
                        accountId, purpose, subject, description, amount, clock.instant())))
                .toView();
    }

    /**
     * Withdraws the unpaid invoice for {@code purpose} and {@code subject}, for the module that issued it; a paid
     * or missing invoice is left as it is. Paying a cancelled invoice is refused afterwards.
     */
    @Transactional
    public void cancel(PaymentPurpose purpose, String subject) {
        invoices.findByPurposeAndSubject(purpose, subject).flatMap(invoice -> invoices.lockById(invoice.id()))
                .ifPresent(Invoice::cancel);
    }

    public Optional<InvoiceSummary> invoiceFor(PaymentPurpose purpose, String subject) {
        return invoices.findByPurposeAndSubject(purpose, subject).map(Invoice::toView);
    }

    /** The invoices for many subjects of one purpose, by subject, in one query (a list's rows). */
    public Map<String, InvoiceSummary> invoicesFor(PaymentPurpose purpose, Collection<String> subjects) {
        return subjects.isEmpty() ? Map.of() : invoices.findByPurposeAndSubjectIn(purpose, subjects).stream()
                .map(Invoice::toView).collect(Collectors.toMap(InvoiceSummary::subject, invoice -> invoice));
    }

    /**
     * The payer tells the registrar they have paid, with their payment's own reference.
     *
     * @throws PaymentDeclarationRefusedException when the reference is blank or too long (on its field)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public InvoiceSummary declarePayment(long invoiceId, PaymentDeclarationData declaration) {
        var invoice = invoices.lockById(invoiceId)
                .filter(found -> found.accountId() == accounts.currentAccount().id())
                .orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        invoice.declarePayment(declaration);
        return invoice.toView();
    }

    /**
     * A registrar confirms the money arrived. The row is locked, so two registrars confirming at once (or one
     * clicking twice) confirm once and announce {@link InvoicePaid} once.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public InvoiceSummary confirmPayment(long invoiceId, @Nullable String payerReference) {
        var invoice = invoices.lockById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        if (invoice.confirmPayment(payerReference, accounts.currentAccount().email(), clock.instant())) {
            var paid = invoice.toView();
            publisher.publishEvent(new InvoicePaid(paid.id(), paid.accountId(), paid.purpose(), paid.subject()));
        }
        return invoice.toView();
    }

    @PreAuthorize("isAuthenticated()")
    public List<InvoiceSummary> myInvoices() {
        return invoices.findByAccountIdOrderByIssuedAtDesc(accounts.currentAccount().id()).stream()
                .map(Invoice::toView).toList();
    }

    /** One invoice, for its payer or a registrar; anyone else is told it does not exist. */
    @PreAuthorize("isAuthenticated()")
    public InvoiceSummary invoice(long invoiceId) {
        var current = accounts.currentAccount();
        return invoices.findById(invoiceId)
                .filter(found -> found.accountId() == current.id() || current.has(Role.REGISTRAR))
                .map(Invoice::toView)
                .orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
    }
}
