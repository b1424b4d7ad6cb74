package org.guildhall.identity.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration refuses weak passwords (issue 2, "password too weak") and says why. */
class PasswordPolicyTest {

    private static final String EMAIL = "amara.okafor@example.org";
    private static final String NAME = "Amara Okafor";

    @Test
    void a_long_unrelated_passphrase_is_accepted() {
        assertThat(PasswordPolicy.weakness("harbour lights at dusk", EMAIL, NAME)).isEmpty();
    }

    @Test
    void fewer_than_ten_characters_is_too_short() {
        assertThat(PasswordPolicy.weakness("Tr0ub4d!x", EMAIL, NAME)).contains("Use at least 10 characters.");
        assertThat(PasswordPolicy.weakness("Tr0ub4d!xy", EMAIL, NAME)).isEmpty();
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThat(PasswordPolicy.weakness("Password123", EMAIL, NAME)).get().asString().contains("too common");
    }

    @Test
    void a_password_built_from_the_name_or_email_is_refused() {
        assertThat(PasswordPolicy.weakness("okafor-2026-xyz", EMAIL, NAME)).get().asString().contains("name or email");
        assertThat(PasswordPolicy.weakness("xx-amara.okafor-xx", EMAIL, NAME)).get().asString()
                .contains("name or email");
    }

    @Test
    void repeating_a_few_characters_is_refused() {
        assertThat(PasswordPolicy.weakness("abababababab", EMAIL, NAME)).get().asString()
                .contains("more different characters");
    }

    @Test
    void more_than_128_characters_is_refused() {
        assertThat(PasswordPolicy.weakness("a1b2c3d4e5".repeat(13), EMAIL, NAME)).contains("Use at most 128 characters.");
    }
}
