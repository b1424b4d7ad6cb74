package org.guildhall.membership.internal;

import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.guildhall.membership.CategoryChangeService;
import org.guildhall.membership.MembershipService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Registrars may read the documents that support membership applications and category changes. Nobody else gets more than the
 * documents module's own rule (the owner): sponsors in particular never see an applicant's documents.
 */
@Component
class RegistrarReadsApplicationDocuments implements DocumentReadPermission {

    private final MembershipService memberships;
    private final CategoryChangeService categoryChanges;

    RegistrarReadsApplicationDocuments(MembershipService memberships, CategoryChangeService categoryChanges) {
        this.memberships = memberships;
        this.categoryChanges = categoryChanges;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        return reader.getAuthorities().stream().anyMatch(authority -> "ROLE_REGISTRAR".equals(authority.getAuthority()))
                && (memberships.isApplicationDocument(document.id())
                        || categoryChanges.isCategoryChangeDocument(document.id()));
    }
}
