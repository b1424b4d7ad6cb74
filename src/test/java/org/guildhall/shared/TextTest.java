package org.guildhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aKeyIsWrittenInEnglishFromItsModulesBundle() {
        assertThat(Text.of("shell.skip-to-content").english()).isEqualTo("Skip to main content");
        assertThat(Text.of("shell.no-such-key").english()).isEqualTo("!shell.no-such-key!");
    }

    @Test
    void aSentenceNotYetConvertedToAKeyIsShownAsItIs() {
        var sentence = Text.of("Choose the category of the activity.");
        assertThat(sentence.isKey()).isFalse();
        assertThat(sentence.english()).isEqualTo("Choose the category of the activity.");
    }

    @Test
    void datesAreWrittenInTheReadersLanguage() {
        var text = Text.of("cpd.example", LocalDate.of(2026, 11, 7), 3);
        assertThat(text.localised(Locale.UK, Text::english)).containsExactly("7 Nov 2026", 3);
        assertThat(text.localised(Locale.FRANCE, Text::english)).containsExactly("7 nov. 2026", 3);
    }

    @Test
    void aRefusalOfEnteredValuesGivesEveryProblemInEnglishAsItsMessage() {
        class Refusal extends Refused {
            Refusal() {
                super(java.util.List.of(new FieldProblem("hours", "Enter the hours."),
                        new FieldProblem("title", "Name the activity.")));
            }
        }
        var refusal = new Refusal();
        assertThat(refusal.getMessage()).isEqualTo("Enter the hours. Name the activity.");
        assertThat(refusal.reason()).isEqualTo(Text.of("Enter the hours."));
    }
}
