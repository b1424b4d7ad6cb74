package org.guildhall.assessment.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Assessment's part of a person's data: the panels that judged their portfolio and those panels' audit history, and
 * the audit entries of what they did themselves as an assessor. Erasure keeps them: they are the record of how a
 * designation was decided (Art. 17(3)); the interview's free-text outcome of the person's own panels goes.
 */
@Component
class AssessmentPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    AssessmentPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "assessment";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("panels", records.rows(
                "select * from panel where candidate_account_id = :account order by formed_at", accountId));
        archive.json("audit", records.rows("""
                select a.* from assessment_audit a
                where a.actor_account_id = :account
                   or a.panel_id in (select p.id from panel p where p.candidate_account_id = :account)
                order by a.recorded_at, a.id""", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "interview-notes", records.update(
                "update panel set interview_outcome = null where candidate_account_id = :account", accountId));
        log.kept(part(), "panels", records.count(
                "select count(*) from panel where candidate_account_id = :account", accountId),
                "privacy.kept.credential-register");
    }
}
