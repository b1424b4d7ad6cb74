package org.guildhall.certification;

import java.util.List;

import org.guildhall.certification.domain.Designation;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institute's designations, seeded by the migrations and tuned by admins. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class DesignationCatalogue {

    private final DesignationRepository designations;

    DesignationCatalogue(DesignationRepository designations) {
        this.designations = designations;
    }

    public DesignationSummary designation(String code) {
        return designations.findById(code).map(Designation::toSummary)
                .orElseThrow(() -> new CertificationRefusedException(Text.of("certification.exam.no-designation",
                        code)));
    }

    /** An admin's edit; certifications already awarded keep the name and CPD hours of their cycle. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public DesignationSummary update(String code, DesignationData edit) {
        var designation = designations.findById(code)
                .orElseThrow(() -> new CertificationRefusedException(Text.of("certification.exam.no-designation",
                        code)));
        designation.edit(edit);
        return designation.toSummary();
    }

    /** The whole catalogue (ten entries, not a growing table), by level then code. */
    public List<DesignationSummary> all() {
        return designations.findAll(Sort.by("level", "code")).stream().map(Designation::toSummary).toList();
    }
}
