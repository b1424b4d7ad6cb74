package org.guildhall.notification.internal;

import java.util.List;
import java.util.Map;

import org.guildhall.identity.AccountService;
import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notification's part of a person's data: their inbox and the emails sent to their address. Erasure deletes both
 * (the records the messages were about are kept where they belong).
 */
@Component
class NotificationPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;
    private final JdbcClient jdbc;
    private final AccountService accounts;

    NotificationPersonalData(PersonalRecords records, JdbcClient jdbc, AccountService accounts) {
        this.records = records;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String part() {
        return "notification";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("inbox", records.rows(
                "select * from inbox_item where account_id = :account order by created_at", accountId));
        archive.json("emails", emailsTo(accountId));
    }

    private List<Map<String, Object>> emailsTo(long accountId) {
        return jdbc.sql("""
                        select recipient, subject, body, status, created_at, sent_at from outbound_email
                        where recipient = ? order by created_at""")
                .param(accounts.summaryOf(accountId).email()).query().listOfRows();
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "inbox", records.update("delete from inbox_item where account_id = :account", accountId));
        log.erased(part(), "emails", jdbc.sql("delete from outbound_email where recipient = ?")
                .param(accounts.summaryOf(accountId).email()).update());
    }
}
