package org.guildhall.certification.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.PublicVerification;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * The public check of a certificate, open to anyone without signing in (as Credly and Accredible offer): the code
 * printed on the certificate leads to {@code /verify/{code}}, which shows the status on the day of the check with its
 * dates and public reason, the name as issued and the designation, and nothing else. Look-ups are rate-limited per
 * client.
 */
@Route(value = "verify", autoLayout = false)
@PageTitle("certification.title.verify")
@AnonymousAllowed
final class VerifyView extends Main implements HasUrlParameter<String> {

    private final CertificationService certifications;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(CertificationService certifications) {
        this.certifications = certifications;
        addClassName("gh-auth-page");
        var header = PublicCredentialFacts.header();

        code.setLabel(getTranslation("certification.standing.code.label"));
        code.setId("verify-code");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        code.setWidthFull();
        code.setHelperText(getTranslation("certification.verify.code.helper"));
        var check = new Button(getTranslation("certification.verify.button"), event -> {
            if (!code.getValue().isBlank()) {
                getUI().ifPresent(ui -> ui.navigate(VerifyView.class, code.getValue().strip().toUpperCase()));
            }
        });
        check.setId("verify-button");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.setId("verify-result");

        var card = new Div(header, new H2(getTranslation("certification.verify.title")), code, check, result,
                new Paragraph(new Anchor("login", getTranslation("certification.verify.sign-in"))));
        card.addClassName("gh-auth-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        result.removeAll();
        result.removeClassNames("gh-verify-result", "gh-verify-bad");
        if (parameter == null || parameter.isBlank()) {
            return;
        }
        code.setValue(parameter);
        Optional<PublicVerification> found;
        try {
            found = certifications.verify(parameter);
        } catch (TooManyRequestsException tooMany) {
            result.addClassNames("gh-verify-result", "gh-verify-bad");
            var refused = new Paragraph(Translated.reasons(tooMany));
            refused.setId("verify-too-many");
            result.add(refused);
            return;
        }
        found.ifPresentOrElse(this::show, () -> {
            result.addClassNames("gh-verify-result", "gh-verify-bad");
            var unknown = new Paragraph(getTranslation("certification.verify.unknown", parameter));
            unknown.setId("verify-unknown");
            result.add(unknown);
        });
    }

    private void show(PublicVerification found) {
        result.addClassName("gh-verify-result");
        if (!found.standsToday()) {
            result.addClassName("gh-verify-bad");
        }
        result.add(PublicCredentialFacts.of(found));
    }
}
