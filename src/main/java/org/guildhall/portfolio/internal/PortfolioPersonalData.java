package org.guildhall.portfolio.internal;

import org.guildhall.personaldata.ErasureLog;
import org.guildhall.personaldata.PersonalDataArchive;
import org.guildhall.personaldata.PersonalDataContributor;
import org.guildhall.personaldata.PersonalRecords;
import org.springframework.stereotype.Component;

/**
 * Portfolio's part of a person's data: their portfolios, every version with its projects, evidence, references
 * and the decision letters. Erasure blanks the free text (project accounts, captions, the referees' names and
 * contacts, the panel's guidance) and keeps the portfolios, versions and letters the panel's decision rests on.
 */
@Component
class PortfolioPersonalData implements PersonalDataContributor {

    private static final String VERSIONS = """
            select v.id from portfolio_version v join portfolio p on p.id = v.portfolio_id
            where p.candidate_account_id = :account""";

    private final PersonalRecords records;

    PortfolioPersonalData(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public String part() {
        return "portfolio";
    }

    @Override
    public void export(long accountId, PersonalDataArchive archive) {
        archive.json("portfolios", records.rows(
                "select * from portfolio where candidate_account_id = :account order by id", accountId));
        archive.json("versions", records.rows("select * from portfolio_version where id in (" + VERSIONS + ")",
                accountId));
        archive.json("projects", records.rows(
                "select * from portfolio_project where version_id in (" + VERSIONS + ") order by version_id, position",
                accountId));
        archive.json("evidence", records.rows(
                "select * from portfolio_evidence where version_id in (" + VERSIONS + ") order by version_id, position",
                accountId));
        archive.json("references", records.rows(
                "select * from portfolio_reference where version_id in (" + VERSIONS + ") order by version_id, position",
                accountId));
        archive.json("letters", records.rows("""
                select l.* from portfolio_letter l join portfolio p on p.id = l.portfolio_id
                where p.candidate_account_id = :account order by l.portfolio_id, l.position""", accountId));
    }

    @Override
    public void erase(long accountId, ErasureLog log) {
        log.erased(part(), "projects", records.update("update portfolio_project set title = '', role = '', "
                + "description = '', outcomes = '' where version_id in (" + VERSIONS + ")", accountId));
        log.erased(part(), "evidence-captions", records.update(
                "update portfolio_evidence set caption = '' where version_id in (" + VERSIONS + ")", accountId));
        log.erased(part(), "references", records.update("update portfolio_reference set referee_name = '', "
                + "referee_contact = '', relationship = '' where version_id in (" + VERSIONS + ")", accountId));
        log.erased(part(), "guidance", records.update(
                "update portfolio set guidance = null where candidate_account_id = :account", accountId));
        log.kept(part(), "portfolios", records.count(
                "select count(*) from portfolio where candidate_account_id = :account", accountId),
                "privacy.kept.credential-register");
    }
}
