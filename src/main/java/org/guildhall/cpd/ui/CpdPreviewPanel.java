package org.guildhall.cpd.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.guildhall.cpd.CpdPreview;

/**
 * Beside the CPD form, what the activity being typed would add to each certification once approved: "+4 to CCSP
 * (2 of them over the Instruction cap, so +2 counted)", the total bar and the category's bar as they would then
 * stand. The numbers are the service's ({@code CpdService.preview}); this only shows them.
 */
final class CpdPreviewPanel extends Div {

    CpdPreviewPanel() {
        setId("cpd-preview");
        addClassName("gh-cpd-preview");
        // Screen readers hear the new figures as the member types, without moving the focus.
        getElement().setAttribute("aria-live", "polite");
        show(List.of());
    }

    void show(List<CpdPreview> previews) {
        removeAll();
        add(new H3(getTranslation("cpd.preview.heading")));
        if (previews.isEmpty()) {
            add(new Paragraph(getTranslation("cpd.preview.nothing-yet")));
        }
        previews.forEach(this::add);
    }

    private void add(CpdPreview preview) {
        long id = preview.certification().id();
        String code = preview.certification().designationCode();
        String category = getTranslation(preview.category().labelKey());
        var adds = new Paragraph(preview.overCap().signum() > 0
                ? getTranslation("cpd.preview.adds-capped", preview.claimed(), code, preview.overCap(), category,
                        preview.added())
                : getTranslation("cpd.preview.adds", preview.claimed(), code));
        adds.setId("cpd-preview-" + id);
        adds.addClassName("gh-cpd-preview-adds");

        var total = new Span(getTranslation("cpd.preview.total", code, preview.countedAfter(), preview.required()));
        var bar = new ProgressBar(0, 1, preview.fractionAfter());
        bar.setId("cpd-preview-bar-" + id);
        bar.addClassName("gh-cpd-preview-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("cpd.preview.total", code,
                preview.countedAfter(), preview.required()));

        var categoryTotal = new Span(getTranslation("cpd.my.category", category, preview.categoryCountedAfter(),
                preview.categoryCap()));
        var categoryBar = new ProgressBar(0, 1, preview.categoryFractionAfter());
        categoryBar.setId("cpd-preview-category-bar-" + id);
        categoryBar.addClassName("gh-cpd-preview-bar");
        categoryBar.getElement().setAttribute("aria-label", getTranslation("cpd.my.category-bar-label", category));
        add(adds, new Div(total, bar), new Div(categoryTotal, categoryBar));
    }
}
