package org.guildhall.certification.internal;

import org.guildhall.certification.NameChangeService;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.guildhall.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Registrars may read the evidence a holder gives for a name change, to decide on it. */
@Component
class RegistrarReadsNameChangeEvidence implements DocumentReadPermission {

    private final NameChangeService nameChanges;

    RegistrarReadsNameChangeEvidence(NameChangeService nameChanges) {
        this.nameChanges = nameChanges;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        return reader.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Role.Names.REGISTRAR).equals(authority.getAuthority()))
                && nameChanges.isNameChangeEvidence(document.id());
    }
}
