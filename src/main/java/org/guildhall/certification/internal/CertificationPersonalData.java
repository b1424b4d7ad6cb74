package org.guildhall.certification.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Certification's part of a person's data: certifications with their history, name-change requests, exam
 * enrolments, work history and course certificates. Erasure keeps each certification as issued (the credential
 * register, Art. 17(3)) with its history and the exam enrolments (they carry fees); the work history, course
 * certificates and the reasons given for name changes go.
 */
@Component
class CertificationPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    CertificationPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "certification";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("certifications", records.rows(
                "select * from certification where holder_account_id = :account order by id", accountId));
        archive.json("certification-history", records.rows("""
                select h.* from certification_history h join certification c on c.id = h.certification_id
                where c.holder_account_id = :account order by h.happened_at""", accountId));
        archive.json("name-changes", records.rows(
                "select * from name_change_request where holder_account_id = :account order by requested_at",
                accountId));
        archive.json("exam-enrolments", records.rows(
                "select * from exam_enrolment where candidate_account_id = :account order by enrolled_at", accountId));
        archive.json("work-history", records.rows(
                "select * from work_period where account_id = :account order by starts_on", accountId));
        archive.json("course-certificates", records.rows(
                "select * from course_certificate where account_id = :account order by added_at", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "work-history", records.update(
                "delete from work_period where account_id = :account", accountId));
        log.erased(part(), "course-certificates", records.update(
                "delete from course_certificate where account_id = :account", accountId));
        log.erased(part(), "name-change-reasons", records.update(
                "update name_change_request set reason = '' where holder_account_id = :account", accountId));
        log.kept(part(), "certifications", records.count(
                "select count(*) from certification where holder_account_id = :account", accountId),
                "privacy.kept.credential-register");
        log.kept(part(), "exam-enrolments", records.count(
                "select count(*) from exam_enrolment where candidate_account_id = :account", accountId),
                "privacy.kept.financial-records");
    }
}
