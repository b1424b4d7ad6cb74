package org.guildhall.cpd.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.EssayData;
import org.guildhall.cpd.EssayStatus;
import org.guildhall.cpd.RenewalService;
import org.guildhall.cpd.domain.RecertificationEssay;
import org.guildhall.drafts.DraftKeeper;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.Role;
import org.guildhall.shell.NoteForm;
import org.guildhall.shell.Toast;

/** The member's recertification essay for a certification's current cycle (seed 004). */
@Route("cpd/essay")
@PageTitle("cpd.title.essay-editor")
@RolesAllowed(Role.Names.MEMBER)
final class EssayEditor extends VerticalLayout implements HasUrlParameter<Long> {

    /** The essay as its draft keeps it. */
    record EssayText(String body) {
    }

    private final RenewalService renewals;
    private final FormDrafts drafts;
    private final Clock clock;

    EssayEditor(RenewalService renewals, FormDrafts drafts, Clock clock) {
        this.renewals = renewals;
        this.drafts = drafts;
        this.clock = clock;
        setId("essay-editor");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long certificationId) {
        render(certificationId);
    }

    private void render(long certificationId) {
        removeAll();
        try {
            var status = renewals.status(certificationId);
            var certification = status.certification();
            add(new H2(getTranslation("cpd.essay.heading", certification.designationName())),
                    new Paragraph(getTranslation("cpd.essay.intro")));
            var essay = status.essay();
            var text = new TextArea(getTranslation("cpd.essay.label"));
            text.setId("essay-body");
            text.setWidthFull();
            text.setMinHeight("20rem");
            text.setMaxLength(RecertificationEssay.MAX_LENGTH);
            text.setHelperText(getTranslation("cpd.essay.helper", RecertificationEssay.MIN_LENGTH));
            if (essay != null) {
                text.setValue(essay.body());
                String essayStatus = getTranslation(essay.status().labelKey());
                var state = new Paragraph(essay.feedback() == null ? getTranslation("cpd.essay.status", essayStatus)
                        : getTranslation("cpd.essay.status-with-feedback", essayStatus, essay.feedback()));
                state.setId("essay-status");
                add(state);
            }
            boolean editable = essay == null || essay.status() == EssayStatus.RETURNED;
            text.setReadOnly(!editable);
            var draft = new DraftKeeper<>(drafts, () -> "essay:" + certificationId, EssayText.class,
                    () -> new EssayText(text.getValue()));
            if (editable) {
                draft.watch(text).kept().ifPresent(kept -> {
                    text.setValue(kept.content().body());
                    add(DraftKeeper.restoredNotice(kept, clock.getZone()));
                });
            }
            var form = new NoteForm<>(EssayData.class, EssayData.BODY, text, new EssayData(text.getValue()), null);
            add(form);
            if (editable) {
                var submit = new Button(getTranslation("cpd.essay.send"), click -> form.value().ifPresent(essayData -> {
                    try {
                        renewals.submitEssay(certificationId, essayData.body());
                        draft.discard();
                        Toast.success(getTranslation("cpd.essay.sent"));
                        render(certificationId);
                    } catch (CpdRefusedException refused) {
                        form.show(refused);
                    }
                }));
                submit.setId("submit-essay");
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(submit);
            }
        } catch (CertificationNotFoundException notYours) {
            add(new H2(getTranslation("cpd.essay.certification-not-found")));
        }
        add(new Anchor("cpd", getTranslation("cpd.activity.back")));
    }
}
