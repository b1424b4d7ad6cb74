package org.guildhall.certification.internal;

import org.guildhall.certification.EligibilityService;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Registrars may read the course certificates candidates give for the exam route, to check them. */
@Component
class RegistrarReadsCourseCertificates implements DocumentReadPermission {

    private final EligibilityService eligibility;

    RegistrarReadsCourseCertificates(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        return reader.getAuthorities().stream().anyMatch(authority -> "ROLE_REGISTRAR".equals(authority.getAuthority()))
                && eligibility.isCourseCertificate(document.id());
    }
}
