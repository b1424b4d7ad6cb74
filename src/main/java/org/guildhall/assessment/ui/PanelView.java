package org.guildhall.assessment.ui;

import java.time.Clock;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.AssessmentChangedConcurrentlyException;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.AssessorOption;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelDetail;
import org.guildhall.assessment.PanelNotFoundException;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.PanelStatus;
import org.guildhall.assessment.ReviewService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioSections;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * One panel's workspace: the members and their progress, the portfolio and its review packet, the reader's own
 * score, the others' scores once theirs is in, the chair's moderation and decision, and (registrars) the history.
 */
@Route("review/panel")
@PageTitle("Panel")
@RolesAllowed({Role.Names.ASSESSOR, Role.Names.REGISTRAR})
final class PanelView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ReviewService reviews;
    private final PanelChairService chair;
    private final PanelService panels;
    private final Clock clock;
    private long panelId;
    private int selectedTab;

    PanelView(ReviewService reviews, PanelChairService chair, PanelService panels, Clock clock) {
        this.reviews = reviews;
        this.chair = chair;
        this.panels = panels;
        this.clock = clock;
        setId("panel-view");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long panelId) {
        this.panelId = panelId;
        try {
            render();
        } catch (PanelNotFoundException notAssigned) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        var panel = reviews.panel(panelId);
        var title = new H2(panel.candidateName() + " \u2014 " + panel.designationName());
        title.setId("panel-title");
        var status = new Span(panel.status().label());
        status.setId("panel-status");
        status.addClassName("gh-badge");
        status.addClassName(panel.status() == PanelStatus.DECIDED ? "gh-badge-yes" : "gh-badge-no");
        add(title, new HorizontalLayout(status, new Span("Scores due " + Formats.date(panel.dueOn())
                + " \u00b7 portfolio version " + panel.portfolioVersion())));
        add(members(panel));

        var tabs = new TabSheet();
        tabs.setId("panel-tabs");
        tabs.setWidthFull();
        tabs.add("Portfolio", portfolio(panel)).setId("tab-portfolio");
        if (panel.me() != null) {
            tabs.add("My score", new ScoreForm(reviews, panelId, clock, this::render)).setId("tab-score");
        }
        tabs.add("Panel scores", otherScores()).setId("tab-scores");
        if (panel.readerChairs() || panel.readerIsRegistrar()) {
            tabs.add("Moderation and decision", new DecisionSection(chair, panel, clock, this::render))
                    .setId("tab-decision");
        }
        if (panel.readerIsRegistrar()) {
            tabs.add("History", history()).setId("tab-history");
        }
        tabs.setSelectedIndex(Math.min(selectedTab, tabs.getElement().getChildCount()));
        tabs.addSelectedChangeListener(event -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private Div members(PanelDetail panel) {
        var list = new Div();
        list.setId("panel-members");
        list.addClassName("gh-members");
        for (var member : panel.members()) {
            var row = new HorizontalLayout();
            row.setAlignItems(Alignment.BASELINE);
            row.add(new Span(member.name()));
            if (member.chair()) {
                row.add(badge("Chair", "gh-badge-yes"));
            }
            if (member.recused()) {
                row.add(badge("Recused: " + member.recusalReason(), "gh-badge-no"));
            } else if (member.scoreSubmitted()) {
                row.add(badge("Score in", "gh-badge-yes"));
            } else if (member.overdue()) {
                row.add(badge("Overdue", "gh-badge-late"));
            } else {
                row.add(badge("Scoring", "gh-badge-no"));
            }
            if (member.conflictOverride() != null && panel.readerIsRegistrar()) {
                row.add(badge("Conflict overridden: " + member.conflictOverride(), "gh-badge-no"));
            }
            boolean open = panel.status() != PanelStatus.DECIDED;
            if (open && member.overdue() && (panel.readerChairs() || panel.readerIsRegistrar())) {
                var remind = new Button("Send a reminder", e -> act(() -> {
                    chair.remind(panelId, member.memberId());
                    Toast.success("Reminder emailed to " + member.name() + ".");
                }));
                remind.setId("remind-" + member.memberId());
                remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(remind);
            }
            if (open && member.scoreSubmitted() && panel.readerChairs()) {
                var reopen = new Button("Reopen score", e -> askForText("Reopen " + member.name() + "'s score",
                        "Reason (kept in the panel's history)",
                        reason -> chair.reopenScore(panelId, member.memberId(), reason)));
                reopen.setId("reopen-" + member.memberId());
                reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(reopen);
            }
            if (open && member.recused() && panel.readerIsRegistrar() && panel.awaitsReplacement()) {
                var replace = new Button("Replace", e -> replaceDialog(member));
                replace.setId("replace-" + member.memberId());
                replace.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(replace);
            }
            list.add(row);
        }
        if (panel.me() != null && panel.status() != PanelStatus.DECIDED) {
            var recuse = new Button("Recuse myself", e -> askForText("Recuse yourself from this panel",
                    "Why (the registrar reads this)", reason -> reviews.recuse(panelId, reason)));
            recuse.setId("recuse");
            recuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            list.add(recuse);
        }
        return list;
    }

    private Component portfolio(PanelDetail panel) {
        var version = reviews.portfolioVersion(panelId);
        var packet = new Anchor("review/packet/" + panelId, "Open the review packet (one PDF of every document)");
        packet.setId("review-packet");
        packet.setTarget("_blank");
        return new Div(packet, PortfolioSections.render(version.content(),
                PortfolioSections.byId(reviews.documents(panelId))));
    }

    private Component otherScores() {
        var box = new Div();
        box.setId("other-scores");
        var others = reviews.otherScores(panelId);
        if (others.isEmpty()) {
            box.add(new Paragraph("Review is blind: you see the other assessors' scores and comments once your own "
                    + "is submitted, and then only those already submitted."));
            return box;
        }
        var rubric = reviews.rubric();
        for (var other : others) {
            var card = new Div(new H3(other.assessorName() + " \u2014 recommends "
                    + (other.sheet().recommendation() == null ? "" : other.sheet().recommendation().label())));
            card.addClassName("gh-entry");
            for (var domain : rubric.domains()) {
                String scores = domain.criteria().stream()
                        .map(c -> String.valueOf(other.sheet().points().get(c.id())))
                        .collect(java.util.stream.Collectors.joining(" \u00b7 "));
                card.add(new Paragraph(domain.name() + ": " + scores + " \u2014 "
                        + other.sheet().comments().getOrDefault(domain.code(), "")));
            }
            box.add(card);
        }
        return box;
    }

    private Component history() {
        var box = new Div();
        box.setId("panel-history");
        reviews.history(panelId).forEach(entry -> box.add(new Paragraph(Formats.dateTime(entry.at(),
                clock.getZone()) + " \u00b7 " + entry.actorName() + " \u00b7 " + entry.action() + ": "
                + entry.detail())));
        return box;
    }

    private void replaceDialog(PanelDetail.Member recused) {
        var dialog = new Dialog("Replace " + recused.name());
        var choice = new Select<AssessorOption>();
        choice.setId("replacement");
        choice.setLabel("Assessor");
        choice.setItems(panels.replacementOptions(panelId).stream().filter(AssessorOption::overridable).toList());
        choice.setItemLabelGenerator(option -> option == null ? "" : option.name() + " (" + option.openPanels()
                + " open panels" + (option.conflicted() ? "; conflict: " + option.conflicts().getFirst().detail()
                : "") + ")");
        choice.setWidthFull();
        var reason = new TextField("Reason for overriding the conflict");
        reason.setId("replacement-reason");
        reason.setWidthFull();
        reason.setVisible(false);
        choice.addValueChangeListener(e -> reason.setVisible(e.getValue() != null && e.getValue().conflicted()));
        dialog.add(new VerticalLayout(choice, reason));
        var confirm = new Button("Seat them", e -> {
            if (choice.getValue() == null) {
                choice.setErrorMessage("Choose an assessor.");
                choice.setInvalid(true);
                return;
            }
            dialog.close();
            act(() -> {
                panels.replace(panelId, recused.memberId(), choice.getValue().accountId(), reason.getValue());
                Toast.success(choice.getValue().name() + " joins the panel and is emailed.");
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.setWidth("36rem");
        dialog.open();
    }

    private void askForText(String heading, String label, Consumer<String> action) {
        var dialog = new Dialog(heading);
        var text = new TextArea(label);
        text.setId("dialog-text");
        text.setWidthFull();
        text.setMaxLength(500);
        dialog.add(text);
        var confirm = new Button("Confirm", e -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage("Give a reason.");
                text.setInvalid(true);
                return;
            }
            dialog.close();
            act(() -> {
                action.accept(text.getValue());
                Toast.success("Done; it is recorded in the panel's history.");
            });
        });
        confirm.setId("dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    /** Runs a step; whatever happens, the page then shows the panel as it now is (or leaves, if no longer on it). */
    private void act(Runnable step) {
        try {
            step.run();
        } catch (AssessmentRefusedException | AssessmentChangedConcurrentlyException refused) {
            Toast.error(refused);
        }
        try {
            render();
        } catch (PanelNotFoundException noLongerSeated) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("gh-badge", variant);
        return badge;
    }
}
