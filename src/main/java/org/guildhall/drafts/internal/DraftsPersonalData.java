package org.guildhall.drafts.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/** The person's unfinished forms, exported as saved and deleted on erasure. */
@Component
class DraftsPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    DraftsPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "drafts";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("drafts", records.rows(
                "select form_key, content, updated_at from form_draft where account_id = :account", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "drafts", records.update("delete from form_draft where account_id = :account", accountId));
    }
}
