package org.guildhall.membership;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The answer to the one question other modules ask of membership: is this person a member in good standing, and
 * if not, why not, in words they can be shown.
 *
 * @param status the membership's status today; null for someone who is not a member at all
 */
@NamedInterface("api")
public record Standing(boolean inGoodStanding, @Nullable MembershipStatus status, Text reason) {

    static Standing notAMember() {
        return new Standing(false, null, Text.of("membership.standing.not-a-member"));
    }
}
