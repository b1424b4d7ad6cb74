package org.guildhall.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailAddressTest {

    @Test
    void is_stored_trimmed_and_lower_case_so_one_person_cannot_register_twice_by_case() {
        assertThat(new EmailAddress("  Amara.Okafor@Example.ORG ").value()).isEqualTo("amara.okafor@example.org");
    }

    @Test
    void look_alike_compatibility_forms_are_folded_into_the_one_address_they_read_as() {
        assertThat(new EmailAddress("\uFF21\uFF24\uFF2D\uFF29\uFF2E@guildhall.example").value())
                .as("full-width letters").isEqualTo("admin@guildhall.example");
        assertThat(new EmailAddress("\uFB01ona@example.org").value()).as("the fi ligature").isEqualTo("fiona@example.org");
        assertThat(new EmailAddress("zoe\u0301@example.org").value()).as("a combining accent composed")
                .isEqualTo("zo\u00E9@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "amara", "amara@", "@example.org", "amara@example", "amara@@example.org",
            "amara okafor@example.org", "amara@example..org"})
    void malformed_addresses_are_refused(String candidate) {
        assertThat(EmailAddress.isValid(candidate)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(candidate));
    }

    @Test
    void longer_than_the_smtp_limit_is_refused() {
        String local = "a".repeat(64);
        String domain = "b".repeat(190) + ".org";
        assertThat(EmailAddress.isValid(local + "@" + domain)).isFalse();
    }
}
