package org.guildhall.identity.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Identity's part of a person's data: the account (never its password hash), its roles and the staff-role trail.
 * On erasure its emailed links go and the staff-role trail is kept; the account itself is pseudonymised last of
 * all, by {@link org.guildhall.identity.AccountErasure}.
 */
@Component
class AccountPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    AccountPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "account";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("account", records.rows("""
                select id, email, pending_email, full_name, phone, postal_address, employer, job_title, language,
                       created_at, email_verified_at, failed_login_count, next_sign_in_at
                from account where id = :account""", accountId));
        archive.json("roles", records.rows("select role from account_role where account_id = :account", accountId));
        archive.json("role-changes", records.rows(
                "select * from role_change where account_id = :account order by changed_at", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "emailed-links", records.update(
                "delete from account_token where account_id = :account", accountId));
        log.kept(part(), "role-changes", records.count(
                "select count(*) from role_change where account_id = :account", accountId),
                "privacy.kept.staff-role-trail");
    }
}
