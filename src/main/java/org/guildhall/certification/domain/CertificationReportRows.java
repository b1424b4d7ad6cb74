package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.guildhall.certification.SittingResultSummary;
import org.guildhall.certification.SittingSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The certification report's figures, each one grouped query however many certifications and bookings there are. */
@Repository
public class CertificationReportRows {

    /**
     * Each dated step of a certification's life, one row per step: the award, the latest renewal, the lapse, and
     * every suspension and revocation in the certification's history.
     */
    private static final String STEPS = """
            select 'AWARDED' as step, designation_code, awarded_on as day from certification
            union all
            select 'RENEWED', designation_code, renewed_on from certification where renewed_on is not null
            union all
            select 'LAPSED', designation_code, lapsed_on from certification where lapsed_on is not null
            union all
            select h.action, c.designation_code, cast(h.happened_at as date)
              from certification_history h join certification c on c.id = h.certification_id
             where h.action in ('SUSPENDED', 'REVOKED')
            """;

    private final JdbcClient jdbc;

    CertificationReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Steps taken between {@code from} and {@code to}, both included, by step, designation, year and month. */
    public List<StepCount> stepsByMonth(LocalDate from, LocalDate to, @Nullable String designationCode) {
        return jdbc.sql("select step, designation_code, year(day) as y, month(day) as m, count(*) as n from ("
                        + STEPS + ") steps where day between :from and :to"
                        + " and (:designation is null or designation_code = :designation)"
                        + " group by step, designation_code, year(day), month(day)")
                .param("from", from).param("to", to).param("designation", designationCode)
                .query((row, index) -> new StepCount(row.getString("step"), row.getString("designation_code"),
                        row.getInt("y"), row.getInt("m"), row.getLong("n")))
                .list();
    }

    /**
     * Sittings starting between {@code from} (included) and {@code until} (excluded), latest first, with their
     * bookings (for one designation's candidates when given), results entered and passes.
     */
    public List<SittingResultSummary> resultsBySitting(LocalDateTime from, LocalDateTime until,
            @Nullable String designationCode) {
        return jdbc.sql("""
                        select s.id, s.starts_at, s.venue, s.online_link, s.capacity, s.seats_taken,
                               count(b.id) as booked, count(b.passed) as resulted,
                               coalesce(sum(case when b.passed then 1 else 0 end), 0) as passed
                          from exam_sitting s
                          left join (exam_booking b join exam_enrolment e on e.id = b.enrolment_id
                                     and (:designation is null or e.designation_code = :designation))
                                 on b.sitting_id = s.id
                         where s.starts_at >= :from and s.starts_at < :until
                         group by s.id, s.starts_at, s.venue, s.online_link, s.capacity, s.seats_taken
                         order by s.starts_at desc, s.id desc
                        """)
                .param("from", from).param("until", until).param("designation", designationCode)
                .query((row, index) -> new SittingResultSummary(new SittingSummary(row.getLong("id"),
                        row.getTimestamp("starts_at").toLocalDateTime(), row.getString("venue"),
                        row.getString("online_link"), row.getInt("capacity"), row.getInt("seats_taken")),
                        row.getLong("booked"), row.getLong("resulted"), row.getLong("passed")))
                .list();
    }

    /** How many certifications of a designation took a step in one month. */
    public record StepCount(String step, String designationCode, int year, int month, long count) {
    }
}
