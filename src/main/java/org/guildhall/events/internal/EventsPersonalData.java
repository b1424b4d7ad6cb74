package org.guildhall.events.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Events' part of a person's data: registrations, attendance, presenting and membership points. Erasure keeps them:
 * they hold no free text of the person's, carry fees (registrations) and back CPD credits and points that are kept.
 */
@Component
class EventsPersonalData implements PersonalDataContributor {

    private final PersonalRecords records;

    EventsPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "events";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("registrations", records.rows(
                "select * from event_registration where account_id = :account order by registered_at", accountId));
        archive.json("attendance", records.rows(
                "select * from event_attendance where account_id = :account order by recorded_at", accountId));
        archive.json("presenting", records.rows(
                "select * from event_presenter where account_id = :account", accountId));
        archive.json("points", records.rows(
                "select * from membership_points_entry where account_id = :account order by earned_on", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.kept(part(), "registrations", records.count(
                "select count(*) from event_registration where account_id = :account", accountId),
                "privacy.kept.financial-records");
    }
}
