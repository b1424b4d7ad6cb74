package org.guildhall.portfolio;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A testimonial or reference: the uploaded letter and who wrote it, so the panel can contact them. */
@NamedInterface("api")
public record Reference(String refereeName, String refereeContact, String relationship, UUID letterDocumentId) {

    public static final int MAX_NAME = 150;
    public static final int MAX_CONTACT = 254;
    public static final int MAX_RELATIONSHIP = 200;

    public Reference {
        PortfolioRefusedException.require(!refereeName.isBlank() && refereeName.length() <= MAX_NAME,
                "Give the referee's name in at most " + MAX_NAME + " characters.");
        PortfolioRefusedException.require(!refereeContact.isBlank() && refereeContact.length() <= MAX_CONTACT,
                "Give an email address or phone number for the referee.");
        PortfolioRefusedException.require(!relationship.isBlank() && relationship.length() <= MAX_RELATIONSHIP,
                "Say how the referee knows your work (supervisor, client, colleague).");
    }
}
