package org.guildhall.sponsorship.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.sponsorship.SponsorshipRefusedException;
import org.guildhall.sponsorship.SponsorshipService;
import org.guildhall.sponsorship.SponsorshipSummary;

/**
 * An Associate applicant nominates two member sponsors, each by member number or email and surname, and follows
 * their answers. The answer to a nomination is the same whether or not it fitted a member.
 */
@Route("membership/sponsors")
@PageTitle("sponsorship.title.nominate-sponsors")
@Menu(order = 12, icon = "vaadin:handshake", title = "sponsorship.menu.nominate-sponsors")
@RolesAllowed(Role.Names.APPLICANT)
final class NominateSponsorsView extends VerticalLayout {

    static final String ASKED = "sponsorship.nominate.asked";

    private final SponsorshipService sponsorships;
    private final NominationForm form = new NominationForm();
    private final Button nominate = new Button();
    private final Paragraph answer = new Paragraph();
    private final Grid<SponsorshipSummary> nominations = new Grid<>();

    NominateSponsorsView(SponsorshipService sponsorships, Clock clock) {
        this.sponsorships = sponsorships;
        setId("nominate-sponsors");
        addClassName("gh-page");
        add(new Paragraph(getTranslation("sponsorship.nominate.intro")));

        nominate.setText(getTranslation("sponsorship.nominate.button"));
        nominate.setId("nominate");
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A second click while the first is on its way would nominate twice; the service ignores a repeat too.
        nominate.setDisableOnClick(true);
        nominate.addClickListener(event -> nominate());
        answer.setId("nomination-answer");
        answer.addClassName("gh-notice");
        answer.setVisible(false);

        nominations.setId("nominations");
        nominations.addColumn(SponsorshipSummary::sponsorName)
                .setHeader(getTranslation("sponsorship.nominations.sponsor")).setFlexGrow(1);
        nominations.addColumn(s -> getTranslation(s.stalled() ? "sponsorship.nominations.stalled" : s.status().key()))
                .setHeader(getTranslation("sponsorship.nominations.answer")).setAutoWidth(true);
        nominations.addColumn(s -> getTranslation("sponsorship.date", s.requestedAt().atZone(clock.getZone())
                        .toLocalDate()))
                .setHeader(getTranslation("sponsorship.nominations.asked-on")).setAutoWidth(true);
        nominations.setAllRowsVisible(true);

        if (sponsorships.canNominate()) {
            add(form, nominate, answer);
        } else {
            add(new Paragraph(getTranslation("sponsorship.nominate.not-yet")));
        }
        add(nominations);
        refresh();
    }

    private void nominate() {
        answer.setVisible(false);
        try {
            form.value().ifPresent(nomination -> {
                // The names stay: a second click asks nobody twice, and the applicant sees whom they named.
                sponsorships.nominate(nomination);
                answer.setText(getTranslation(ASKED));
                answer.setVisible(true);
                refresh();
            });
        } catch (SponsorshipRefusedException refused) {
            form.show(refused);
        } finally {
            nominate.setEnabled(true);
        }
    }

    private void refresh() {
        nominations.setItems(sponsorships.myNominations());
    }
}
