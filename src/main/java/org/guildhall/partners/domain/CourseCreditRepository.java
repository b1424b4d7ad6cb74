package org.guildhall.partners.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseCreditRepository extends JpaRepository<CourseCredit, Long> {

    long countByCourseId(long courseId);

    boolean existsByCourseIdAndAccountId(long courseId, long accountId);

    /** Members credited per course, as [courseId, count] pairs, in one query for a list of courses. */
    @Query("select c.courseId, count(c) from CourseCredit c where c.courseId in :courseIds group by c.courseId")
    List<Object[]> countsByCourse(Collection<Long> courseIds);

    @Query("select c.accountId from CourseCredit c where c.courseId = :courseId")
    List<Long> creditedMembers(long courseId);
}
