package org.guildhall.certification.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.PublicVerification;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.shell.Translated;

/**
 * The shareable public page of one certification (issue 17), open to anyone: what the certificate's QR code and the
 * LinkedIn entry lead to. It shows the name as issued, the designation, the status on the day with its dates (and
 * reason, when withdrawn), the verification code, a QR code of this page, and the signed Open Badge.
 */
@Route(value = "credentials", autoLayout = false)
@AnonymousAllowed
final class CredentialView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final CertificationService certifications;
    private final Div body = new Div();
    private String title;

    CredentialView(CertificationService certifications) {
        this.certifications = certifications;
        addClassName("gh-auth-page");
        title = getTranslation("certification.credential.title");
        body.setId("credential");
        var card = new Div(PublicCredentialFacts.header(), body,
                new Paragraph(new Anchor("verify", getTranslation("certification.credential.check-another"))));
        card.addClassName("gh-auth-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        body.removeAll();
        Optional<PublicVerification> found;
        try {
            found = certifications.verify(code);
        } catch (TooManyRequestsException tooMany) {
            body.add(withId(new Paragraph(Translated.reasons(tooMany)), "credential-too-many"));
            return;
        }
        found.ifPresentOrElse(this::show, () -> body.add(withId(new Paragraph(
                getTranslation("certification.credential.unknown", code)),
                "credential-unknown")));
    }

    private void show(PublicVerification credential) {
        title = credential.designationCode() + " · " + credential.holderName() + " · Guildhall";
        var facts = PublicCredentialFacts.of(credential);
        facts.addClassName("gh-verify-result");
        if (!credential.standsToday()) {
            facts.addClassName("gh-verify-bad");
        }
        var code = withId(new Paragraph(getTranslation("certification.credential.code",
                credential.verificationCode())), "credential-code");
        var qr = QrCodeImage.of(certifications.credentialPageUrl(credential.verificationCode()),
                getTranslation("certification.credential.qr"));
        qr.setId("credential-qr");
        var badge = new Anchor("badges/credentials/" + credential.verificationCode(),
                getTranslation("certification.credential.badge"));
        badge.setId("credential-badge");
        badge.setRouterIgnore(true);
        body.add(new H2(credential.designationName()), facts, code, qr, new Paragraph(badge));
    }

    private static <T extends com.vaadin.flow.component.Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
