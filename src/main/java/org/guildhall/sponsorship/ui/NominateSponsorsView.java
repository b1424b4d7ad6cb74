package org.guildhall.sponsorship.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.sponsorship.SponsorshipRefusedException;
import org.guildhall.sponsorship.SponsorshipService;
import org.guildhall.sponsorship.SponsorshipView;

/** An Associate applicant nominates two member sponsors and follows their answers. */
@Route("membership/sponsors")
@PageTitle("Your sponsors")
@Menu(order = 12, icon = "vaadin:handshake", title = "Sponsors")
@RolesAllowed(Role.Names.APPLICANT)
final class NominateSponsorsView extends VerticalLayout {

    private final SponsorshipService sponsorships;
    private final TextField sponsor = new TextField("Member number or email of a member");
    private final Grid<SponsorshipView> nominations = new Grid<>();

    NominateSponsorsView(SponsorshipService sponsorships, Clock clock) {
        this.sponsorships = sponsorships;
        setId("nominate-sponsors");
        addClassName("gh-page");
        add(new Paragraph("Associate members are sponsored by two members of the institute in good standing. "
                + "Each gets an email and a request in their portal; your application goes to the registrar when "
                + "both have accepted. If one declines, nominate someone else."));

        sponsor.setId("sponsor");
        sponsor.setPlaceholder("GH-001001 or name@example.org");
        sponsor.setWidth("24rem");
        sponsor.setMaxWidth("100%");
        sponsor.setManualValidation(true);
        var nominate = new Button("Nominate", event -> nominate());
        nominate.setId("nominate");
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(sponsor, nominate);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        nominations.setId("nominations");
        nominations.addColumn(SponsorshipView::sponsorName).setHeader("Sponsor").setFlexGrow(1);
        nominations.addColumn(s -> s.status().description()).setHeader("Answer").setAutoWidth(true);
        nominations.addColumn(s -> Formats.date(s.requestedAt(), clock.getZone())).setHeader("Asked on")
                .setAutoWidth(true);
        nominations.setAllRowsVisible(true);

        if (sponsorships.canNominate()) {
            add(form);
        } else {
            add(new Paragraph("You can nominate sponsors once you have submitted an Associate application."));
        }
        add(nominations);
        refresh();
    }

    private void nominate() {
        sponsor.setInvalid(false);
        try {
            var nominated = sponsorships.nominate(sponsor.getValue());
            sponsor.clear();
            refresh();
            Notification.show(nominated.sponsorName() + " is asked to sponsor you.", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SponsorshipRefusedException refused) {
            sponsor.setErrorMessage(refused.getMessage());
            sponsor.setInvalid(true);
        }
    }

    private void refresh() {
        nominations.setItems(sponsorships.myNominations());
    }
}
