package org.guildhall.sponsorship.domain;

import java.util.List;

import jakarta.persistence.LockModeType;
import org.guildhall.sponsorship.SponsorshipStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SponsorshipRepository extends JpaRepository<Sponsorship, Long> {

    List<Sponsorship> findByApplicationIdOrderByRequestedAtAscIdAsc(long applicationId);

    /** Locks every sponsorship of an application, so two sponsors answering at once are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sponsorship s where s.applicationId = :applicationId order by s.id")
    List<Sponsorship> lockAllOfApplication(long applicationId);

    List<Sponsorship> findBySponsorAccountIdOrderByRequestedAtDescIdDesc(long sponsorAccountId);

    long countBySponsorAccountIdAndStatus(long sponsorAccountId, SponsorshipStatus status);

    /** Sponsors who accepted, over the applicant's application (membership keeps one per applicant). */
    @Query(value = """
            select s.sponsor_account_id from sponsorship s
            join membership_application a on a.id = s.application_id
            where a.applicant_account_id = :applicantAccountId and s.status = 'ACCEPTED'""", nativeQuery = true)
    List<Long> findAcceptedSponsorIdsOfApplicant(long applicantAccountId);
}
