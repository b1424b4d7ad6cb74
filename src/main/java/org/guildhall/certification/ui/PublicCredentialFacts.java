package org.guildhall.certification.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.PublicVerification;
import org.guildhall.shell.Formats;
import org.jspecify.annotations.Nullable;

/**
 * What the public pages (verify, the credential page) show of a certification on the day of the check: the status
 * with its dates and public reason, the name as issued, the designation, the dates of the cycle, and a reissue.
 */
final class PublicCredentialFacts {

    private PublicCredentialFacts() {
    }

    /** The institute's mark and name atop a public page. */
    static Div header() {
        var mark = new Image("images/guildhall-mark.svg", "");
        mark.addClassName("gh-auth-mark");
        var header = new Div(mark, new H1("Guildhall"),
                new Paragraph("Institute of Customer Service, CRM & Contact Centre Management"));
        header.addClassName("gh-auth-header");
        return header;
    }

    static Div of(PublicVerification found) {
        var facts = new DescriptionList();
        facts.addClassName("gh-facts");
        fact(facts, "Holder", found.holderName(), "verify-holder");
        fact(facts, "Designation", found.designationName() + " (" + found.designationCode() + ")",
                "verify-designation");
        fact(facts, "Status", found.status().label(), "verify-status");
        fact(facts, "Awarded", Formats.date(found.awardedOn()), "verify-awarded");
        fact(facts, "Current cycle", "From " + Formats.date(found.validFrom()), "verify-valid-from");
        fact(facts, found.status().isCurrent() || found.status() == CertificationStatus.SUSPENDED ? "Valid until"
                : "Was valid until", Formats.date(found.validUntil()), "verify-valid-until");
        if (found.reissuedOn() != null) {
            fact(facts, "Reissued", Formats.date(found.reissuedOn()) + ", in the holder's new name",
                    "verify-reissued");
        }
        var result = new Div(StatusBadge.of(found.status()));
        var standing = standingLine(found);
        if (standing != null) {
            standing.setId("verify-standing");
            result.add(standing);
        }
        result.add(facts);
        return result;
    }

    /** "Withdrawn by the institute on 3 Mar 2027", "Suspended under review by the institute until 1 Apr 2027". */
    private static @Nullable Paragraph standingLine(PublicVerification found) {
        if (found.reason() == null || found.statusSince() == null) {
            return null;
        }
        String line = found.status() == CertificationStatus.REVOKED
                ? "Withdrawn " + found.reason().publicWords() + " on " + Formats.date(found.statusSince()) + "."
                : "Suspended " + found.reason().publicWords() + " since " + Formats.date(found.statusSince())
                        + (found.suspendedUntil() == null ? ", until lifted."
                                : ", until " + Formats.date(found.suspendedUntil()) + ".");
        return new Paragraph(line);
    }

    private static void fact(DescriptionList list, String term, String value, String id) {
        var description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(term), description);
    }
}
