package org.guildhall.certification.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SyllabusTopicRepository extends JpaRepository<SyllabusTopic, Integer> {
}
