package org.guildhall.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.partners.ClaimCodeService;
import org.guildhall.partners.PartnerRefusedException;
import org.guildhall.shell.Toast;

/**
 * "I have a claim code" on My CPD: the member types the code a partner or the institute gave them at the end of
 * an approved course, and the course lands in their CPD log, approved.
 */
@Route("cpd/claim-code")
@PageTitle("partners.title.claim-code")
@RolesAllowed(Role.Names.MEMBER)
final class ClaimCodeView extends VerticalLayout {

    ClaimCodeView(ClaimCodeService claimCodes) {
        setId("claim-code-page");
        addClassName("gh-page");
        var form = new ClaimCodeForm();
        var redeem = new Button(getTranslation("partners.code.redeem"), click -> form.value().ifPresent(code -> {
            try {
                var redeemed = claimCodes.redeem(code);
                Toast.success(getTranslation("partners.code.redeemed", redeemed.title(), redeemed.hours()));
                getUI().ifPresent(ui -> ui.navigate("cpd"));
            } catch (PartnerRefusedException refused) {
                form.show(refused);
            }
        }));
        redeem.setId("redeem-code");
        redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("partners.code.heading")), new Paragraph(getTranslation("partners.code.intro")),
                form, redeem, new Anchor("cpd", getTranslation("partners.code.back")));
    }
}
