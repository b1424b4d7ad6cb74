package org.guildhall.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.guildhall.portfolio.domain.PortfolioRules;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 5: before submission the completeness check says everything that is missing, at once. */
class PortfolioCompletenessTest {

    private final PortfolioRules rules = new PortfolioRules(2, 1, 2);

    @Test
    void an_empty_portfolio_is_told_every_section_it_lacks() {
        assertThat(rules.missing(PortfolioContent.empty())).extracting(Text::english).containsExactly(
                "Add 2 more key projects (at least 2 needed, 0 so far).",
                "Add 1 more piece of evidence with a caption (at least 1 needed, 0 so far).",
                "Add 2 more reference letters with their referees (at least 2 needed, 0 so far).");
    }

    @Test
    void a_complete_portfolio_lacks_nothing() {
        var content = new PortfolioContent(List.of(project("Queue redesign"), project("Complaints desk")),
                List.of(new Evidence(UUID.randomUUID(), "CSAT up 12 points")),
                List.of(reference("Grace"), reference("Liam")));
        assertThat(rules.missing(content)).isEmpty();
    }

    @Test
    void entries_check_themselves() {
        assertThatThrownBy(() -> new KeyProject("Title", "Lead", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 1, 1),
                "d", "o")).isInstanceOf(PortfolioRefusedException.class).hasMessageContaining("cannot end before");
        assertThatThrownBy(() -> new Evidence(UUID.randomUUID(), " "))
                .isInstanceOf(PortfolioRefusedException.class).hasMessageContaining("Caption");
    }

    static KeyProject project(String title) {
        return new KeyProject(title, "Programme lead", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 11, 30),
                "Redesigned how calls are routed across three sites.", "Abandon rate down from 11% to 4%.");
    }

    static Reference reference(String name) {
        return new Reference(name, name.toLowerCase() + "@example.org", "Former supervisor", UUID.randomUUID());
    }
}
