package org.guildhall.portfolio.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.portfolio.PortfolioContent;

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
    public List<String> missing(PortfolioContent content) {
        var missing = new ArrayList<String>();
        countShortfall(missing, content.projects().size(), minProjects, "key project", "key projects");
        countShortfall(missing, content.evidence().size(), minEvidence, "piece of evidence with a caption",
                "pieces of evidence with captions");
        countShortfall(missing, content.references().size(), minReferences, "reference letter with its referee",
                "reference letters with their referees");
        return missing;
    }

    private static void countShortfall(List<String> missing, int have, int need, String one, String many) {
        if (have < need) {
            int more = need - have;
            missing.add("Add " + more + " more " + (more == 1 ? one : many) + " (at least " + need + " needed, "
                    + have + " so far).");
        }
    }
}
