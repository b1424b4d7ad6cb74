package org.guildhall.certification;

import java.util.List;

import org.guildhall.certification.domain.Designation;
import org.guildhall.certification.domain.DesignationRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institute's designations, read from the reference data the migrations seed. */
@Service
@Transactional(readOnly = true)
public class DesignationCatalogue {

    private final DesignationRepository designations;

    DesignationCatalogue(DesignationRepository designations) {
        this.designations = designations;
    }

    /** The whole catalogue (ten entries, not a growing table), by level then code. */
    public List<DesignationSummary> all() {
        return designations.findAll(Sort.by("level", "code")).stream().map(Designation::toSummary).toList();
    }
}
