package org.guildhall.assessment.domain;

import java.util.Collection;
import java.util.Optional;

import org.guildhall.certification.DesignationLevel;
import org.guildhall.shared.Text;

/**
 * Issue 20: an assessor judges only designations they are qualified for. They are when they hold that designation
 * now, or hold a manager-level one while the designation judged is below manager level, or when the registrar
 * qualified them for it (recorded with who and when).
 */
public final class QualificationPolicy {

    /** A designation someone holds today (a current certification), with its level. */
    public record Held(String designationCode, DesignationLevel level) {
    }

    private QualificationPolicy() {
    }

    /** Why the assessor is qualified to judge the designation, or empty when they are not. */
    public static Optional<Text> qualifiedBy(String designationCode, DesignationLevel level, Collection<Held> held,
            boolean qualifiedByRegistrar) {
        if (held.stream().anyMatch(h -> h.designationCode().equals(designationCode))) {
            return Optional.of(Text.of("assessment.qualification.holds", designationCode));
        }
        if (level != DesignationLevel.MANAGER) {
            var manager = held.stream().filter(h -> h.level() == DesignationLevel.MANAGER).findFirst();
            if (manager.isPresent()) {
                return Optional.of(Text.of("assessment.qualification.holds-manager", manager.get().designationCode()));
            }
        }
        if (qualifiedByRegistrar) {
            return Optional.of(Text.of("assessment.qualification.by-registrar", designationCode));
        }
        return Optional.empty();
    }
}
