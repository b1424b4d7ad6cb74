package org.guildhall.certification.domain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "Add to LinkedIn": LinkedIn's add-to-profile URL with the name, organisation, issue and expiry month,
 * credential URL and id, each encoded so names with spaces, ampersands and accents arrive intact.
 */
class LinkedInAddToProfileTest {

    @Test
    void the_link_fills_in_every_field_linkedin_offers() {
        String url = LinkedInAddToProfile.url("Certified Customer Service Professional (CCSP)",
                "Guildhall Institute of Customer Service, CRM & Contact Centre Management", LocalDate.of(2025, 11, 25),
                LocalDate.of(2028, 11, 24), "https://portal.example/credentials/ABCD-EFGH-JKMN-PQRS",
                "ABCD-EFGH-JKMN-PQRS");

        var uri = URI.create(url);
        assertThat(uri.getScheme() + "://" + uri.getHost() + uri.getPath()).isEqualTo(
                "https://www.linkedin.com/profile/add");
        assertThat(query(uri)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "startTask", "CERTIFICATION_NAME",
                "name", "Certified Customer Service Professional (CCSP)",
                "organizationName", "Guildhall Institute of Customer Service, CRM & Contact Centre Management",
                "issueYear", "2025", "issueMonth", "11",
                "expirationYear", "2028", "expirationMonth", "11",
                "certUrl", "https://portal.example/credentials/ABCD-EFGH-JKMN-PQRS",
                "certId", "ABCD-EFGH-JKMN-PQRS"));
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
