package org.guildhall.assessment.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
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
import com.vaadin.flow.component.tabs.TabSheet;
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
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.SecondMarkingService;
import org.guildhall.assessment.SecondMarkingSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioSections;
import org.guildhall.shell.Translated;
import org.guildhall.shell.Toast;

/**
 * One panel's workspace: the members and their progress, the portfolio and its review packet, the reader's own
 * score, the others' scores once theirs is in, the chair's moderation and decision, and (registrars) the history.
 */
@Route("review/panel")
@PageTitle("assessment.title.panel")
@RolesAllowed({Role.Names.ASSESSOR, Role.Names.REGISTRAR})
final class PanelView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ReviewService reviews;
    private final PanelChairService chair;
    private final PanelService panels;
    private final SecondMarkingService secondMarking;
    private final Clock clock;
    private long panelId;
    private int selectedTab;

    PanelView(ReviewService reviews, PanelChairService chair, PanelService panels, SecondMarkingService secondMarking,
            Clock clock) {
        this.reviews = reviews;
        this.secondMarking = secondMarking;
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
        var status = new Span(Translated.text(panel.status().text()));
        status.setId("panel-status");
        status.addClassName("gh-badge");
        status.addClassName(panel.status() == PanelStatus.DECIDED ? "gh-badge-yes" : "gh-badge-no");
        add(title, new HorizontalLayout(status, new Span(getTranslation("assessment.panel.due-and-version",
                panel.dueOn(), panel.portfolioVersion()))));
        add(members(panel));
        var flaggedSeats = panel.status() == PanelStatus.DECIDED ? List.<SecondMarkingSummary>of()
                : secondMarking.onPanel(panelId);
        if (!flaggedSeats.isEmpty()) {
            add(new SecondMarkingSection(secondMarking, panelId, flaggedSeats, panel.readerIsRegistrar(),
                    this::render));
        }
        var carriedOver = reviews.carriedOver(panelId);
        if (!carriedOver.isEmpty()) {
            var note = new Paragraph(getTranslation("assessment.resubmission.carried-over", carriedOver.stream()
                    .map(verdict -> Translated.text(Rubric.textOf(verdict.domainCode())))
                    .collect(java.util.stream.Collectors.joining(", "))));
            note.setId("carried-over");
            note.addClassName("gh-callout");
            add(note);
        }

        var tabs = new TabSheet();
        tabs.setId("panel-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("assessment.tab.portfolio"), portfolio(panel)).setId("tab-portfolio");
        if (panel.me() != null) {
            tabs.add(getTranslation("assessment.tab.score"), new ScoreForm(reviews, panelId, clock, this::render)).setId("tab-score");
        }
        tabs.add(getTranslation("assessment.tab.scores"), otherScores()).setId("tab-scores");
        if (panel.readerChairs() || panel.readerIsRegistrar()) {
            tabs.add(getTranslation("assessment.tab.decision"), new DecisionSection(chair, panel, reviews.rubric(panelId), clock, this::render))
                    .setId("tab-decision");
        }
        if (panel.readerIsRegistrar()) {
            tabs.add(getTranslation("assessment.tab.history"), history()).setId("tab-history");
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
                row.add(badge(getTranslation("assessment.seat.chair"), "gh-badge-yes"));
            }
            if (member.recused()) {
                row.add(badge(getTranslation("assessment.member.recused", member.recusalReason()), "gh-badge-no"));
            } else if (member.scoreSubmitted()) {
                row.add(badge(getTranslation("assessment.member.score-in"), "gh-badge-yes"));
            } else if (member.overdue()) {
                row.add(badge(getTranslation("assessment.member.overdue"), "gh-badge-late"));
            } else {
                row.add(badge(getTranslation("assessment.member.scoring"), "gh-badge-no"));
            }
            if (member.conflictOverride() != null && panel.readerIsRegistrar()) {
                row.add(badge(getTranslation("assessment.member.conflict-overridden", member.conflictOverride()),
                        "gh-badge-no"));
            }
            boolean open = panel.status() != PanelStatus.DECIDED;
            if (open && member.overdue() && (panel.readerChairs() || panel.readerIsRegistrar())) {
                var remind = new Button(getTranslation("assessment.remind"), e -> act(() -> {
                    chair.remind(panelId, member.memberId());
                    Toast.success(getTranslation("assessment.remind.sent", member.name()));
                }));
                remind.setId("remind-" + member.memberId());
                remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(remind);
            }
            if (open && member.scoreSubmitted() && panel.readerChairs()) {
                var reopen = new Button(getTranslation("assessment.reopen"), e -> askForReason(
                        getTranslation("assessment.reopen.heading", member.name()),
                        getTranslation("assessment.reopen.reason.label"),
                        reason -> chair.reopenScore(panelId, member.memberId(), reason)));
                reopen.setId("reopen-" + member.memberId());
                reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(reopen);
            }
            if (open && member.recused() && panel.readerIsRegistrar() && panel.awaitsReplacement()) {
                var replace = new Button(getTranslation("assessment.replace"), e -> replaceDialog(member));
                replace.setId("replace-" + member.memberId());
                replace.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(replace);
            }
            list.add(row);
        }
        if (panel.me() != null && panel.status() != PanelStatus.DECIDED) {
            var recuse = new Button(getTranslation("assessment.recuse"), e -> askForReason(
                    getTranslation("assessment.recuse.heading"), getTranslation("assessment.recuse.reason.label"),
                    reason -> reviews.recuse(panelId, reason)));
            recuse.setId("recuse");
            recuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            list.add(recuse);
        }
        return list;
    }

    private Component portfolio(PanelDetail panel) {
        var version = reviews.portfolioVersion(panelId);
        var packet = new Anchor("review/packet/" + panelId + "?lang=" + getLocale().toLanguageTag(),
                getTranslation("assessment.packet.link"));
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
            box.add(new Paragraph(getTranslation("assessment.scores.blind")));
            return box;
        }
        var rubric = reviews.rubric(panelId);
        others.forEach(other -> box.add(new ScoreCard(other.assessorName(), other.sheet(), rubric)));
        return box;
    }

    private Component history() {
        var box = new Div();
        box.setId("panel-history");
        // The history is a record kept as it was written, in English; only its frame is translated.
        reviews.history(panelId).forEach(entry -> box.add(new Paragraph(getTranslation("assessment.history.entry",
                entry.at().atZone(clock.getZone()), entry.actorName(), entry.action(), entry.detail()))));
        return box;
    }

    private void replaceDialog(PanelDetail.Member recused) {
        var dialog = new Dialog(getTranslation("assessment.replace.heading", recused.name()));
        var form = new ReplacementForm(panels.replacementOptions(panelId).stream()
                .filter(AssessorOption::overridable).toList());
        dialog.add(form);
        var confirm = new Button(getTranslation("assessment.replace.confirm"), e -> form.value().ifPresent(choice -> {
            var assessor = Objects.requireNonNull(choice.assessor());
            dialog.close();
            act(() -> {
                panels.replace(panelId, recused.memberId(), assessor.accountId(), choice.overrideReason());
                Toast.success(getTranslation("assessment.replace.done", assessor.name()));
            });
        }));
        confirm.setId("replacement-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("assessment.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("36rem");
        dialog.open();
    }

    /** Asks for a reason the panel's history keeps, then takes the step with it. */
    private void askForReason(String heading, String label, Consumer<String> action) {
        ReasonDialog.ask(heading, label, reason -> act(() -> {
            action.accept(reason);
            Toast.success(getTranslation("assessment.history.recorded"));
        }));
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
