package org.guildhall.cpd.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * CPD's part of a person's data: the CPD log with its evidence links, the recertification essays and hardship
 * requests. Erasure keeps each activity's dates, category and credits (they are what kept a certification in the
 * register alive) and blanks the free text of activities, essays and hardship requests.
 */
@Component
class CpdPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    CpdPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "cpd";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("activities", records.rows(
                "select * from cpd_activity where account_id = :account order by starts_on, id", accountId));
        archive.json("activity-documents", records.rows("""
                select d.* from cpd_activity_document d join cpd_activity a on a.id = d.activity_id
                where a.account_id = :account""", accountId));
        archive.json("essays", records.rows(
                "select * from cpd_essay where account_id = :account order by submitted_at", accountId));
        archive.json("hardship-requests", records.rows(
                "select * from cpd_hardship_request where account_id = :account order by requested_at", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "activity-free-text", records.update(
                "update cpd_activity set description = null, audience = null where account_id = :account",
                accountId));
        log.erased(part(), "essays", records.update(
                "update cpd_essay set body = '', feedback = null where account_id = :account", accountId));
        // Health and family circumstances: the reasons go; the decision and the dates it changed stay with the cycle.
        log.erased(part(), "hardship-explanations", records.update(
                "update cpd_hardship_request set explanation = '', decision_note = null where account_id = :account",
                accountId));
        log.kept(part(), "activity-credits", records.count(
                "select count(*) from cpd_activity where account_id = :account", accountId),
                "privacy.kept.credential-register");
    }
}
