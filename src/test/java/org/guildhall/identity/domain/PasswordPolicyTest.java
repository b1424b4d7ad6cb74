package org.guildhall.identity.domain;

import java.util.Optional;

import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration refuses weak passwords and says why: issue 11 (NIST SP 800-63B 5.1.1.2): at least 12 characters, up
 * to 128 of any kind, and none from the shipped list of breached and common passwords.
 */
class PasswordPolicyTest {

    private static final String EMAIL = "amara.okafor@example.org";
    private static final String NAME = "Amara Okafor";
    private static final CommonPasswords SHIPPED = CommonPasswords.shipped();
    private static final PasswordPolicy POLICY = new PasswordPolicy(SHIPPED);

    @Test
    void a_long_unrelated_passphrase_is_accepted() {
        assertThat(weakness("harbour lights at dusk", EMAIL, NAME)).isEmpty();
    }

    @Test
    void fewer_than_twelve_characters_is_too_short() {
        assertThat(weakness("Tr0ub4d!xyz", EMAIL, NAME)).contains("Use at least 12 characters.");
        assertThat(weakness("Tr0ub4d!xyzw", EMAIL, NAME)).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes_or_java_chars() {
        // Eleven emoji are 22 Java chars and 44 UTF-8 bytes, still eleven characters.
        assertThat(weakness("🔥🌊🌲🐝🍋🎻🚲🧭🪁🦉🌙", EMAIL, NAME)).contains("Use at least 12 characters.");
        assertThat(weakness("🔥🌊🌲🐝🍋🎻🚲🧭🪁🦉🌙⛵", EMAIL, NAME)).isEmpty();
    }

    @Test
    void any_characters_are_allowed_spaces_and_other_scripts_included() {
        assertThat(weakness("Ärger über Straßenbahn", EMAIL, NAME)).isEmpty();
        assertThat(weakness("Гроза в начале мая", EMAIL, NAME)).isEmpty();
        assertThat(weakness("  spaces   count   too  ", EMAIL, NAME)).isEmpty();
    }

    @Test
    void the_shipped_list_holds_over_a_hundred_thousand_breached_passwords() {
        assertThat(SHIPPED.size()).isGreaterThan(100_000);
        assertThat(SHIPPED.contains("123456")).isTrue();
        assertThat(SHIPPED.contains("password")).isTrue();
        assertThat(SHIPPED.contains("harbour lights at dusk")).isFalse();
    }

    @Test
    void a_breached_password_of_acceptable_length_is_refused_whatever_its_case() {
        // All three are in the shipped list, and all would pass the length and variety rules.
        for (String breached : new String[] {"1qaz2wsx3edc", "qwerty123456", "password1234", "ILOVEYOU1234"}) {
            assertThat(weakness(breached, EMAIL, NAME)).get().asString().contains("breached and common");
        }
    }

    @Test
    void a_password_built_from_the_name_or_email_is_refused() {
        assertThat(weakness("okafor-2026-xyz", EMAIL, NAME)).get().asString().contains("name or email");
        assertThat(weakness("xx-amara.okafor-xx", EMAIL, NAME)).get().asString()
                .contains("name or email");
    }

    @Test
    void repeating_a_few_characters_is_refused() {
        assertThat(weakness("abcabcabcabcabc", EMAIL, NAME)).get().asString()
                .contains("more different characters");
    }

    @Test
    void up_to_128_characters_are_accepted_and_more_are_refused() {
        String sixtyFour = "a1b2c3d4e5f6g7h8".repeat(4);
        assertThat(weakness(sixtyFour, EMAIL, NAME)).isEmpty();
        assertThat(weakness("a1b2c3d4e5f6g7h8".repeat(8), EMAIL, NAME)).isEmpty();
        assertThat(weakness("a1b2c3d4e5f6g7h8".repeat(8) + "x", EMAIL, NAME))
                .contains("Use at most 128 characters.");
    }

    /** The reason in English, as the person reading English sees it. */
    private static Optional<String> weakness(String password, String email, String fullName) {
        return POLICY.weakness(password, email, fullName).map(Text::english);
    }
}
