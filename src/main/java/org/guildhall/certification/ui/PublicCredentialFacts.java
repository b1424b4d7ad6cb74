package org.guildhall.certification.ui;

import java.util.Locale;


import com.vaadin.flow.component.UI;
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
                new Paragraph(text("certification.public.institute")));
        header.addClassName("gh-auth-header");
        return header;
    }

    static Div of(PublicVerification found) {
        var facts = new DescriptionList();
        facts.addClassName("gh-facts");
        fact(facts, "certification.public.holder", found.holderName(), "verify-holder");
        fact(facts, "certification.public.designation", text("certification.public.designation.value",
                found.designationName(), found.designationCode()), "verify-designation");
        fact(facts, "certification.public.status", text(found.status().labelKey()), "verify-status");
        fact(facts, "certification.public.awarded", Formats.date(found.awardedOn(), locale()), "verify-awarded");
        fact(facts, "certification.public.cycle", text("certification.public.cycle.value", found.validFrom()),
                "verify-valid-from");
        fact(facts, found.status().isCurrent() || found.status() == CertificationStatus.SUSPENDED
                ? "certification.mine.valid-until" : "certification.mine.was-valid-until",
                Formats.date(found.validUntil(), locale()), "verify-valid-until");
        var reissuedOn = found.reissuedOn();
        if (reissuedOn != null) {
            fact(facts, "certification.public.reissued", text("certification.public.reissued.value", reissuedOn),
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
        String why = text(found.reason().publicWordsKey());
        String line = found.status() == CertificationStatus.REVOKED
                ? text("certification.public.withdrawn", why, found.statusSince())
                : found.suspendedUntil() == null
                        ? text("certification.public.suspended", why, found.statusSince())
                        : text("certification.public.suspended-until", why, found.statusSince(),
                                found.suspendedUntil());
        return new Paragraph(line);
    }

    private static void fact(DescriptionList list, String termKey, String value, String id) {
        var description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(text(termKey)), description);
    }

    /** A public page is read by anyone: in the browser's language (English or French), as the UI has it. */
    static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
