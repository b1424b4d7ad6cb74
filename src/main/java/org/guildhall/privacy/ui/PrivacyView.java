package org.guildhall.privacy.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.guildhall.privacy.ErasureRequestSummary;
import org.guildhall.privacy.ErasureStatus;
import org.guildhall.privacy.ExportStatus;
import org.guildhall.privacy.ExportSummary;
import org.guildhall.privacy.PersonalDataService;
import org.guildhall.privacy.PrivacyRefusedException;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's rights over their data: ask for a copy (its progress shows here while the background job
 * builds it, then a download link until it expires) and ask to be forgotten.
 */
@Route("privacy")
@PageTitle("privacy.title.privacy")
@Menu(order = 95, icon = "vaadin:safe", title = "privacy.menu.privacy")
@PermitAll
final class PrivacyView extends VerticalLayout {

    /** How often the page asks for the export's progress while it is being built. */
    private static final int POLL_MILLIS = 2000;

    private final PersonalDataService personalData;
    private final Clock clock;
    private final Button requestExport = new Button();
    private final Paragraph exportState = new Paragraph();
    private final ProgressBar exportProgress = new ProgressBar(0, 1);
    private final Anchor download = new Anchor();
    private final Button requestErasure = new Button();
    private final Paragraph erasureState = new Paragraph();
    private @Nullable Registration polling;

    PrivacyView(PersonalDataService personalData, Clock clock) {
        this.personalData = personalData;
        this.clock = clock;
        setId("privacy");
        addClassName("gh-page");

        requestExport.setText(getTranslation("privacy.export.request"));
        requestExport.setId("request-export");
        requestExport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        requestExport.addClickListener(click -> {
            personalData.requestExport();
            Toast.success(getTranslation("privacy.export.requested"));
            showExport();
        });
        exportState.setId("export-state");
        exportProgress.setId("export-progress");
        exportProgress.getElement().setAttribute("aria-label", getTranslation("privacy.export.progress.label"));
        download.setId("export-download");
        download.setRouterIgnore(true);

        requestErasure.setText(getTranslation("privacy.erasure.request"));
        requestErasure.setId("request-erasure");
        requestErasure.addThemeVariants(ButtonVariant.LUMO_ERROR);
        requestErasure.addClickListener(click -> confirmErasure());
        erasureState.setId("erasure-state");

        add(new H2(getTranslation("privacy.export.heading")),
                new Paragraph(getTranslation("privacy.export.intro")),
                exportState, exportProgress, download, requestExport,
                new H2(getTranslation("privacy.erasure.heading")),
                new Paragraph(getTranslation("privacy.erasure.intro")),
                erasureState, requestErasure);
        showExport();
        showErasure();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (exportProgress.isVisible()) {
                showExport();
            }
        });
        attach.getUI().setPollInterval(POLL_MILLIS);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
        }
        detach.getUI().setPollInterval(-1);
    }

    private void showExport() {
        var latest = personalData.latestExport();
        boolean building = latest.map(ExportSummary::inProgress).orElse(false);
        exportProgress.setVisible(building);
        download.setVisible(latest.map(export -> export.status() == ExportStatus.READY).orElse(false));
        requestExport.setEnabled(!building);
        exportState.setVisible(latest.isPresent() && latest.get().status() != ExportStatus.READY);
        latest.ifPresent(export -> {
            exportProgress.setValue(export.progress());
            switch (export.status()) {
                case REQUESTED -> exportState.setText(getTranslation("privacy.export.waiting"));
                case BUILDING -> exportState.setText(getTranslation("privacy.export.progress", export.partsDone(),
                        export.partsTotal()));
                case READY -> {
                    download.setHref(export.downloadPath());
                    download.setText(getTranslation("privacy.export.download", day(export)));
                }
                case EXPIRED -> exportState.setText(getTranslation("privacy.export.expired"));
                case FAILED -> exportState.setText(getTranslation("privacy.export.failed"));
            }
        });
    }

    private LocalDate day(ExportSummary export) {
        return export.expiresAt() == null ? LocalDate.now(clock) : export.expiresAt().atZone(clock.getZone())
                .toLocalDate();
    }

    private void showErasure() {
        var latest = personalData.latestErasureRequest();
        boolean waiting = latest.map(request -> request.status() == ErasureStatus.REQUESTED).orElse(false);
        requestErasure.setEnabled(!waiting);
        erasureState.setVisible(latest.isPresent());
        latest.ifPresent(request -> erasureState.setText(describe(request)));
    }

    private String describe(ErasureRequestSummary request) {
        var requestedOn = request.requestedAt().atZone(clock.getZone()).toLocalDate();
        return request.status() == ErasureStatus.REFUSED
                ? getTranslation("privacy.erasure.refused", requestedOn, request.refusalReason())
                : getTranslation("privacy.erasure.requested", requestedOn);
    }

    private void confirmErasure() {
        var dialog = new Dialog(getTranslation("privacy.erasure.heading"));
        dialog.setId("erasure-confirmation");
        dialog.add(new Paragraph(getTranslation("privacy.erasure.confirm.text")));
        var confirm = new Button(getTranslation("privacy.erasure.confirm"), click -> {
            dialog.close();
            try {
                personalData.requestErasure();
            } catch (PrivacyRefusedException refused) {
                Toast.error(refused);
            }
            showErasure();
        });
        confirm.setId("confirm-erasure");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("privacy.erasure.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
