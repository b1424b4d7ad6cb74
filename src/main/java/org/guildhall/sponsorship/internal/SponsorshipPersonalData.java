package org.guildhall.sponsorship.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Sponsorship's part of a person's data: the nominations they answered as a sponsor, with their endorsements.
 * Erasure blanks the endorsements they wrote; whether they sponsored stays, since the application it supported
 * rests on it.
 */
@Component
class SponsorshipPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    SponsorshipPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "sponsorship";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("as-sponsor", records.rows(
                "select * from sponsorship where sponsor_account_id = :account order by requested_at", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "endorsements", records.update(
                "update sponsorship set endorsement = null where sponsor_account_id = :account", accountId));
    }
}
