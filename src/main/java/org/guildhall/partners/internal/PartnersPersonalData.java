package org.guildhall.partners.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Partners' part of a person's data: the courses they were credited for (by claim code or roster) and the partners
 * they act for. Erasure keeps the course credits, which back CPD credits that are kept, and ends the person's
 * acting for any partner.
 */
@Component
class PartnersPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    PartnersPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "partners";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("course-credits", records.rows("select c.title, c.provider, c.hours, cc.via, cc.credited_at"
                + " from course_credit cc join approved_course c on c.id = cc.course_id"
                + " where cc.account_id = :account order by cc.credited_at", accountId));
        archive.json("partner-contact", records.rows("select p.name from partner_contact pc"
                + " join partner p on p.id = pc.partner_id where pc.account_id = :account", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "partner-contact", records.update(
                "delete from partner_contact where account_id = :account", accountId));
        log.kept(part(), "course-credits", records.count(
                "select count(*) from course_credit where account_id = :account", accountId),
                "privacy.kept.credential-register");
    }
}
