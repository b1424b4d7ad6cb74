package org.guildhall.appeals.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Appeals' part of a person's data: the appeals they made (kind, decision, grounds, documents, outcome and the
 * appeal panel's reasons) with their history, and the appeals they heard on an appeal panel. Erasure blanks the
 * grounds the appellant wrote, in the appeal and in its "lodged" history line, and pseudonymises their name in the
 * history; the outcome record stays, since ISO/IEC 17024 (9.8) has the institute keep a record of every appeal and
 * its outcome, and so do the panel's reasons and the original decision, which others wrote.
 */
@Component
class AppealsPersonalData implements PersonalDataContributor {

    private static final String THEIR_APPEALS = "select a.id from appeal a where a.appellant_account_id = :account";

    private final PersonalRecords records;

    AppealsPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "appeals";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("appeals", records.rows(
                "select * from appeal where appellant_account_id = :account order by lodged_at", accountId));
        archive.json("documents", records.rows(
                "select * from appeal_document where appeal_id in (" + THEIR_APPEALS + ") order by appeal_id",
                accountId));
        archive.json("history", records.rows("""
                select * from appeal_audit
                where appeal_id in (%s) or actor_account_id = :account
                order by recorded_at, id""".formatted(THEIR_APPEALS), accountId));
        archive.json("as-appeal-panel-member", records.rows(
                "select * from appeal_panel_member where assessor_account_id = :account order by appeal_id",
                accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "grounds", records.update(
                "update appeal set grounds = '' where appellant_account_id = :account", accountId));
        // The "Appeal lodged" line quotes the grounds; the other lines are the institute's own record.
        records.update("""
                update appeal_audit set detail = ''
                where actor_account_id = :account and action = 'Appeal lodged'
                  and appeal_id in (%s)""".formatted(THEIR_APPEALS), accountId);
        records.update("update appeal_audit set actor_name = concat('Erased person ', actor_account_id)"
                + " where actor_account_id = :account", accountId);
        log.kept(part(), "appeals", records.count(
                "select count(*) from appeal where appellant_account_id = :account", accountId),
                "appeals.privacy.kept.appeal-record");
    }
}
