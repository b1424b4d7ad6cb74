package org.guildhall.portfolio;

import java.util.ArrayList;
import java.util.UUID;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/**
 * A testimonial or reference: the uploaded letter and who wrote it, so the panel can contact them. It checks every
 * value at once and refuses each problem on the component it concerns.
 */
@NamedInterface("api")
public record Reference(String refereeName, String refereeContact, String relationship, UUID letterDocumentId) {

    public static final int MAX_NAME = 150;
    public static final int MAX_CONTACT = 254;
    public static final int MAX_RELATIONSHIP = 200;

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String REFEREE_NAME = "refereeName";
    public static final String REFEREE_CONTACT = "refereeContact";
    public static final String RELATIONSHIP = "relationship";
    public static final String LETTER_DOCUMENT_ID = "letterDocumentId";

    public Reference {
        var problems = new ArrayList<FieldProblem>();
        if (refereeName.isBlank() || refereeName.length() > MAX_NAME) {
            problems.add(new FieldProblem(REFEREE_NAME, Text.of("portfolio.reference.name", MAX_NAME)));
        }
        if (refereeContact.isBlank() || refereeContact.length() > MAX_CONTACT) {
            problems.add(new FieldProblem(REFEREE_CONTACT, "portfolio.reference.contact"));
        }
        if (relationship.isBlank() || relationship.length() > MAX_RELATIONSHIP) {
            problems.add(new FieldProblem(RELATIONSHIP, "portfolio.reference.relationship"));
        }
        if (!problems.isEmpty()) {
            throw new PortfolioRefusedException(problems);
        }
        refereeName = refereeName.strip();
        refereeContact = refereeContact.strip();
        relationship = relationship.strip();
    }
}
