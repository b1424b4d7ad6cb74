package org.guildhall.documents;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Stands in for a module that grants reading documents (as membership will for registrars): it grants exactly
 * what a test asks. A component in the test sources, so the shared test context finds it by scanning and no test
 * needs a context of its own; until a test grants something it grants nothing.
 */
@Component
public class TestDocumentGrants implements DocumentReadPermission {

    private record Grant(UUID document, String reader) {
    }

    private final Set<Grant> grants = ConcurrentHashMap.newKeySet();

    public void grant(DocumentReference document, String readerEmail) {
        grants.add(new Grant(document.id(), readerEmail));
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        return grants.contains(new Grant(document.id(), reader.getName()));
    }
}
