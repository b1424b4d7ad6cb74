package org.guildhall.membership.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Membership's part of a person's data: applications with their answers, decisions and documents, the membership,
 * its terms, the registrar's actions and category changes. Erasure blanks the free text of applications and
 * decisions; the membership, terms (they carry fees) and the registrar's actions are kept.
 */
@Component
class MembershipPersonalData implements PersonalDataContributor {

    private static final String APPLICATIONS =
            "select id from membership_application where applicant_account_id = :account";

    private final PersonalRecords records;

    MembershipPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "membership";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("applications", records.rows(
                "select * from membership_application where applicant_account_id = :account order by id", accountId));
        archive.json("application-decisions", records.rows("select * from application_decision where application_id in ("
                + APPLICATIONS + ") order by decided_at", accountId));
        archive.json("application-documents", records.rows(
                "select * from application_document where application_id in (" + APPLICATIONS + ")", accountId));
        archive.json("membership", records.rows("select * from membership where account_id = :account", accountId));
        archive.json("terms", records.rows(
                "select * from membership_term where account_id = :account order by term_number", accountId));
        archive.json("actions", records.rows(
                "select * from membership_action where account_id = :account order by taken_at", accountId));
        archive.json("category-changes", records.rows(
                "select * from category_change where account_id = :account order by submitted_at", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "application-free-text", records.update(
                "update membership_application set employment = '' where applicant_account_id = :account", accountId));
        log.erased(part(), "application-decision-notes", records.update(
                "update application_decision set note = null where application_id in (" + APPLICATIONS + ")",
                accountId));
        log.erased(part(), "category-change-notes", records.update(
                "update category_change set decision_note = null where account_id = :account", accountId));
        log.kept(part(), "membership", records.count(
                "select count(*) from membership where account_id = :account", accountId),
                "privacy.kept.member-register");
        log.kept(part(), "terms", records.count(
                "select count(*) from membership_term where account_id = :account", accountId),
                "privacy.kept.financial-records");
        log.kept(part(), "actions", records.count(
                "select count(*) from membership_action where account_id = :account", accountId),
                "privacy.kept.legal-claims");
    }
}
