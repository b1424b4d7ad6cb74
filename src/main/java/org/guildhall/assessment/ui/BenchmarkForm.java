package org.guildhall.assessment.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.guildhall.assessment.AssessedPortfolioSummary;
import org.guildhall.assessment.BenchmarkData;
import org.guildhall.assessment.Rubric;
import org.guildhall.shell.RecordForm;
import org.guildhall.shell.Translated;

/**
 * The registrar's new benchmark, bound to {@link BenchmarkData}: a title, a portfolio a panel has judged, and the
 * score agreed for each competency domain (0 to 4, two decimals). The service refuses each problem on its field.
 */
final class BenchmarkForm extends RecordForm<BenchmarkData> {

    BenchmarkForm(List<AssessedPortfolioSummary> portfolios, Rubric rubric) {
        super(BenchmarkData.class);
        setId("benchmark-form");
        var title = new TextField(getTranslation("assessment.benchmark.title.label"));
        title.setId("benchmark-title");
        title.setMaxLength(BenchmarkData.MAX_TITLE);
        var portfolio = new ComboBox<AssessedPortfolioSummary>(getTranslation("assessment.benchmark.portfolio.label"));
        portfolio.setId("benchmark-portfolio");
        portfolio.setItems(portfolios);
        portfolio.setItemLabelGenerator(choice -> choice.candidateName() + " (" + choice.designationCode() + ")");
        portfolio.setHelperText(getTranslation("assessment.benchmark.portfolio.helper"));
        var agreed = new AnswerParts<String, BigDecimal>();
        for (var domain : rubric.domains()) {
            var score = agreed.part(domain.code(), BenchmarkData.agreedField(domain.code()),
                    new BigDecimalField(getTranslation("assessment.benchmark.agreed.label",
                            Translated.text(domain.text()))));
            score.setHelperText(getTranslation("assessment.benchmark.agreed.helper"));
            getContent().add(score);
        }
        binder.forField(title).bind(BenchmarkData.TITLE);
        binder.forField(portfolio).withConverter(Converter.<AssessedPortfolioSummary, Long>from(
                        chosen -> Result.ok(chosen == null ? null : chosen.portfolioId()),
                        id -> portfolios.stream().filter(p -> id != null && p.portfolioId() == id).findFirst()
                                .orElse(null)))
                .bind(BenchmarkData.PORTFOLIO);
        binder.forField(agreed).bind(BenchmarkData.AGREED);
        clear();
        getContent().addComponentAsFirst(portfolio);
        getContent().addComponentAsFirst(title);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32rem", 2));
    }

    void clear() {
        binder.readRecord(new BenchmarkData("", null, Map.of()));
    }
}
