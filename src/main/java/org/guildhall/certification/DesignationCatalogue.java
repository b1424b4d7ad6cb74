package org.guildhall.certification;

import java.time.Clock;
import java.util.List;

import org.guildhall.certification.domain.Designation;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.identity.Role;
import org.guildhall.platform.ReferenceCache;
import org.guildhall.shared.Text;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institute's designations, seeded by the migrations and tuned by admins. Every member view shows some of them,
 * so the catalogue is read at most once a minute ({@link ReferenceCache}); an admin's edit is seen at once on this
 * instance and within the minute on another.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class DesignationCatalogue {

    private final DesignationRepository designations;
    private final ReferenceCache.Single<List<DesignationSummary>> catalogue;

    DesignationCatalogue(DesignationRepository designations, Clock clock) {
        this.designations = designations;
        this.catalogue = ReferenceCache.single(clock, () -> designations.findAll(Sort.by("level", "code")).stream()
                .map(Designation::toSummary).toList());
    }

    public DesignationSummary designation(String code) {
        return all().stream().filter(designation -> designation.code().equalsIgnoreCase(code)).findFirst()
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
        catalogue.forget();
        return designation.toSummary();
    }

    /** The whole catalogue (ten entries, not a growing table), by level then code. */
    public List<DesignationSummary> all() {
        return catalogue.get();
    }
}
