package org.guildhall.payment.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/** Payment's part of a person's data: their invoices, kept whole on erasure (financial records, Art. 17(3)). */
@Component
class PaymentPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    PaymentPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "payment";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("invoices", records.rows(
                "select * from invoice where account_id = :account order by issued_at", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.kept(part(), "invoices", records.count(
                "select count(*) from invoice where account_id = :account", accountId),
                "privacy.kept.financial-records");
    }
}
