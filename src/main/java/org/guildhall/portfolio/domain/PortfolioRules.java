package org.guildhall.portfolio.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.shared.Text;

/**
 * What a complete portfolio holds at least (one row, seeded by the migration, tuned by the institute). The
 * completeness check names everything missing at once, so the candidate can finish in one pass.
 */
@Entity
@Table(name = "portfolio_rules")
public class PortfolioRules {

    @Id
    private int id;
    private int minProjects;
    private int minEvidence;
    private int minReferences;

    protected PortfolioRules() {
    }

    public PortfolioRules(int minProjects, int minEvidence, int minReferences) {
        this.id = 1;
        this.minProjects = minProjects;
        this.minEvidence = minEvidence;
        this.minReferences = minReferences;
    }

    /** What is missing before the portfolio can be submitted; empty when it is complete. */
    public List<Text> missing(PortfolioContent content) {
        var missing = new ArrayList<Text>();
        countShortfall(missing, content.projects().size(), minProjects, "portfolio.missing.projects");
        countShortfall(missing, content.evidence().size(), minEvidence, "portfolio.missing.evidence");
        countShortfall(missing, content.references().size(), minReferences, "portfolio.missing.references");
        return missing;
    }

    private static void countShortfall(List<Text> missing, int have, int need, String key) {
        if (have < need) {
            missing.add(Text.of(key, need - have, need, have));
        }
    }
}
