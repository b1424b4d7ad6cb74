package org.guildhall.sponsorship.ui;

import java.time.Clock;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.CategoryVerdict;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;
import org.guildhall.sponsorship.SponsorshipRefusedException;
import org.guildhall.sponsorship.SponsorshipService;
import org.guildhall.sponsorship.SponsorshipStatus;
import org.guildhall.sponsorship.SponsorshipSummary;

/** A member's sponsor requests: who asks, for which category, on what grounds; accept with an endorsement or decline. */
@Route("sponsorship/requests")
@PageTitle("sponsorship.title.sponsor-requests")
@Menu(order = 26, icon = "vaadin:handshake", title = "sponsorship.menu.sponsor-requests")
@RolesAllowed(Role.Names.MEMBER)
final class SponsorRequestsView extends VerticalLayout {

    private final SponsorshipService sponsorships;
    private final Clock clock;
    private final Div requests = new Div();

    SponsorRequestsView(SponsorshipService sponsorships, Clock clock) {
        this.sponsorships = sponsorships;
        this.clock = clock;
        setId("sponsor-requests");
        addClassName("gh-page");
        requests.addClassName("gh-panels");
        add(new Paragraph(getTranslation("sponsorship.requests.intro")), requests);
        refresh();
    }

    private void refresh() {
        requests.removeAll();
        var mine = sponsorships.requestsToMe();
        if (mine.isEmpty()) {
            requests.add(new Paragraph(getTranslation("sponsorship.requests.none")));
        }
        mine.forEach(request -> requests.add(card(request)));
    }

    private Div card(SponsorshipSummary request) {
        var application = sponsorships.applicationBehind(request.id());
        var grounds = application.eligibilityNow().stream().filter(CategoryVerdict::qualifies)
                .map(verdict -> getTranslation(verdict.category().key())).collect(Collectors.joining(", "));
        var answers = new UnorderedList();
        application.answers().inText().forEach(line -> answers.add(new ListItem(Translated.text(line))));
        var card = new Div(new H2(request.applicantName()),
                new Paragraph(getTranslation("sponsorship.requests.applies-as",
                        application.category() == null ? "" : getTranslation(application.category().key()),
                        request.requestedAt().atZone(clock.getZone()).toLocalDate())),
                new Paragraph(getTranslation("sponsorship.requests.qualifies-for",
                        grounds.isEmpty() ? getTranslation("sponsorship.requests.no-category") : grounds)), answers);
        card.setId("request-" + request.id());
        card.addClassName("gh-card");
        if (request.stalled()) {
            var cannot = new Paragraph(sponsorships.whyICannotSponsor().map(Translated::text).orElse(""));
            cannot.setId("cannot-sponsor-" + request.id());
            card.add(cannot, answerForm(request));
        } else if (request.status() == SponsorshipStatus.REQUESTED) {
            card.add(answerForm(request));
        } else {
            var status = getTranslation(request.status().key());
            var answered = new Paragraph(request.endorsement() == null ? status
                    : getTranslation("sponsorship.requests.answered", status, request.endorsement()));
            answered.setId("answer-" + request.id());
            card.add(answered);
        }
        return card;
    }

    private Div answerForm(SponsorshipSummary request) {
        var form = new EndorsementForm(request.id());
        var accept = new Button(getTranslation("sponsorship.requests.accept"), event -> form.value().ifPresent(
                typed -> answer(() -> sponsorships.accept(request.id(), typed), form, "sponsorship.requests.accepted")));
        accept.setId("accept-" + request.id());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var decline = new Button(getTranslation("sponsorship.requests.decline"),
                event -> answer(() -> sponsorships.decline(request.id()), form, "sponsorship.requests.declined"));
        decline.setId("decline-" + request.id());
        return new Div(form, new HorizontalLayout(accept, decline));
    }

    /** Answers the request; a refusal shows on the endorsement, or as a toast when it concerns the whole answer. */
    private void answer(Runnable action, EndorsementForm form, String confirmationKey) {
        try {
            action.run();
            refresh();
            Toast.success(getTranslation(confirmationKey));
        } catch (SponsorshipRefusedException refused) {
            form.show(refused);
        }
    }
}
