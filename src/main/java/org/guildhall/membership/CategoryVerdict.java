package org.guildhall.membership;

import java.util.List;
import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/**
 * Whether the answers qualify for one category, and if not, every condition that is not met, in words the
 * applicant can act on. {@code provisos} are what a qualifying applicant must still provide (Associate: sponsors).
 */
@NamedInterface("api")
public record CategoryVerdict(MembershipCategory category, List<Text> unmetConditions, List<Text> provisos) {

    public CategoryVerdict {
        unmetConditions = List.copyOf(unmetConditions);
        provisos = List.copyOf(provisos);
    }

    public boolean qualifies() {
        return unmetConditions.isEmpty();
    }
}
