package org.guildhall.calendar.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * The calendar's part of a person's data: when they made their feed address (its secret's hash is left out, it
 * tells them nothing). Erasure removes the feed, so the address stops working.
 */
@Component
class CalendarPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    CalendarPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "calendar";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("feed", records.rows("select created_at from calendar_feed where account_id = :account",
                accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "feed", records.update("delete from calendar_feed where account_id = :account",
                accountId));
    }
}
