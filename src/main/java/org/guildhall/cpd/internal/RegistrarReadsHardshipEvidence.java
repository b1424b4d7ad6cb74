package org.guildhall.cpd.internal;

import org.guildhall.cpd.HardshipService;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.guildhall.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Registrars may read the evidence a member gives for a hardship extension or pause, to decide on it. */
@Component
class RegistrarReadsHardshipEvidence implements DocumentReadPermission {

    private final HardshipService hardship;

    RegistrarReadsHardshipEvidence(HardshipService hardship) {
        this.hardship = hardship;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        return reader.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Role.Names.REGISTRAR).equals(authority.getAuthority()))
                && hardship.isHardshipEvidence(document.id());
    }
}
