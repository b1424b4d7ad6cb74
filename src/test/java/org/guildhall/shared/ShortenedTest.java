package org.guildhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text cut to fit its column keeps the limit exactly, and shows it was cut. */
class ShortenedTest {

    @Test
    void a_text_that_fits_is_kept_whole() {
        assertThat(Shortened.toFit("Panel 12 opened", 15)).isEqualTo("Panel 12 opened");
    }

    @Test
    void a_longer_text_is_cut_to_the_limit_ending_with_an_ellipsis() {
        assertThat(Shortened.toFit("Panel 12 opened again", 15)).isEqualTo("Panel 12 opene\u2026").hasSize(15);
    }
}
