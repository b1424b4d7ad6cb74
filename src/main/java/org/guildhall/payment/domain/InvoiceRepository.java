package org.guildhall.payment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.guildhall.payment.PaymentPurpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByPurposeAndSubject(PaymentPurpose purpose, String subject);

    List<Invoice> findByPurposeAndSubjectIn(PaymentPurpose purpose, Collection<String> subjects);

    List<Invoice> findByAccountIdOrderByIssuedAtDesc(long accountId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = :id")
    Optional<Invoice> lockById(long id);

    @Query(value = "select nextval(invoice_number_seq)", nativeQuery = true)
    long nextInvoiceNumber();
}
