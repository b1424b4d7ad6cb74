package org.guildhall.certification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17, "Open Badges 3.0": a badge downloaded over HTTP is checked the way an outside verifier would, with
 * nothing but what the portal publishes: parse the envelope, check the signature with the key from the published
 * key set, read the bits of the published status lists, and check the Open Badges 3.0 data model's required
 * properties and types (no registry reachable here ships 1EdTech's JSON schema). All four addresses are public:
 * a visitor, a member and a registrar get the same answers.
 */
@IntegrationTest
@CoversWebPaths({"/badges/issuer", "/badges/issuer/jwks", "/badges/status/{purpose}", "/badges/credentials/{code}"})
class OpenBadgeVerificationTest {

    private static final String BASE = "http://localhost:8080";

    @Autowired WebApplicationContext context;
    @Autowired CertificationAwards awards;
    @Autowired CertificationStandingService standing;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    private MockMvc http;
    private AccountSummary holder;

    @BeforeEach
    void aHolder() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        holder = provisioning.createAccount("Chiara Esposito", TestAccounts.uniqueEmail("chiara"),
                TestAccounts.PASSWORD, Role.MEMBER);
    }

    @Test
    void a_downloaded_badge_verifies_with_the_published_key_and_meets_the_open_badges_data_model() throws Exception {
        var awarded = awards.award(holder.id(), "CCSM", Route.EXPERIENCE, LocalDate.now(clock).minusMonths(4));

        var download = http.perform(get("/badges/credentials/" + awarded.verificationCode() + "?download=true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith(
                        "attachment; filename=\"badge-" + awarded.verificationCode() + ".json\"")))
                .andReturn().getResponse().getContentAsString();
        var badge = verifiedWithPublishedKey(envelopedJwt(download));

        assertThat(badge.getHeader().getType().getType()).isEqualTo("vc+jwt");
        var credential = badge.getPayload().toJSONObject();
        assertThat(strings(credential.get("@context"))).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(strings(credential.get("type"))).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat((String) credential.get("id")).startsWith(BASE + "/badges/credentials/" + awarded.verificationCode());
        assertThat((String) credential.get("name")).isNotBlank();
        assertThat(Instant.parse((String) credential.get("validFrom")))
                .isEqualTo(awarded.cycle().startsOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThat(Instant.parse((String) credential.get("validUntil")))
                .isEqualTo(awarded.cycle().expiresOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        var issuer = map(credential.get("issuer"));
        assertThat(issuer.get("id")).isEqualTo(BASE + "/badges/issuer");
        assertThat(strings(issuer.get("type"))).contains("Profile");

        var subject = map(credential.get("credentialSubject"));
        assertThat(strings(subject.get("type"))).contains("AchievementSubject");
        var identifier = map(((List<?>) subject.get("identifier")).getFirst());
        assertThat(identifier).containsEntry("type", "IdentityObject").containsEntry("identityType", "name")
                .containsEntry("hashed", false).containsEntry("identityHash", "Chiara Esposito");
        var achievement = map(subject.get("achievement"));
        assertThat(strings(achievement.get("type"))).contains("Achievement");
        assertThat(achievement).containsKeys("id", "name", "description").containsEntry("achievementType",
                "Certification");
        assertThat((String) map(achievement.get("criteria")).get("narrative"))
                .contains("Earned by", "Kept by earning 45 CPD credits");
        assertThat((List<?>) achievement.get("alignment")).extracting(alignment -> map(alignment).get("targetName"))
                .containsExactly("Leadership", "People", "Customers", "Operations");
        assertThat((List<?>) achievement.get("alignment")).allSatisfy(alignment -> {
            assertThat(strings(map(alignment).get("type"))).contains("Alignment");
            assertThat((String) map(alignment).get("targetUrl")).startsWith("http");
        });

        assertThat(statusBits(credential)).containsEntry("revocation", false).containsEntry("suspension", false);
    }

    @Test
    void a_designation_below_manager_level_has_no_competency_alignment() throws Exception {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock));
        var credential = verifiedWithPublishedKey(envelopedJwt(http.perform(
                get("/badges/credentials/" + awarded.verificationCode())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).getPayload().toJSONObject();

        assertThat(map(map(credential.get("credentialSubject")).get("achievement"))).doesNotContainKey("alignment");
    }

    @Test
    void revoking_and_suspending_set_the_bits_of_the_published_status_lists_and_lifting_clears_them()
            throws Exception {
        var revoked = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(1));
        var suspended = awards.award(holder.id(), "CCCS", Route.EXAM, LocalDate.now(clock).minusMonths(1));
        TestAccounts.asRegistrar();
        standing.revoke(revoked.id(), new StandingData(StandingReason.CODE_OF_CONDUCT, "Complaint upheld.", null));
        standing.suspend(suspended.id(), new StandingData(StandingReason.UNDER_REVIEW, "Complaint received.", null));
        TestAccounts.signOut();

        assertThat(statusBits(badgeOf(revoked))).containsEntry("revocation", true).containsEntry("suspension", false);
        assertThat(statusBits(badgeOf(suspended))).containsEntry("revocation", false).containsEntry("suspension", true);

        TestAccounts.asRegistrar();
        standing.liftSuspension(suspended.id());
        TestAccounts.signOut();
        assertThat(statusBits(badgeOf(suspended))).containsEntry("suspension", false);
    }

    @Test
    void a_tampered_badge_fails_the_signature_check() throws Exception {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock));
        String jwt = envelopedJwt(http.perform(get("/badges/credentials/" + awarded.verificationCode()))
                .andReturn().getResponse().getContentAsString());
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Chiara Esposito", "Somebody Else");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];

        var parsed = JWSObject.parse(tampered);
        assertThat(parsed.verify(new ECDSAVerifier(publishedKey(parsed.getHeader().getKeyID())))).isFalse();
    }

    @Test
    void the_issuer_profile_and_keys_are_public_to_every_role_alike() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/badges/issuer"),
                get("/badges/issuer").with(user(holder.email())),
                get("/badges/issuer").with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))) {
            String profile = http.perform(request).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            var json = JSONObjectUtils.parse(profile);
            assertThat(json.get("id")).isEqualTo(BASE + "/badges/issuer");
            assertThat(strings(json.get("type"))).containsExactly("Profile");
        }
        String jwks = http.perform(get("/badges/issuer/jwks").with(user(holder.email())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/jwk-set+json"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JWKSet.parse(jwks).getKeys()).singleElement().satisfies(key -> {
            assertThat(key.isPrivate()).as("only the public half is published").isFalse();
            assertThat(key.getKeyID()).startsWith(BASE + "/badges/issuer/jwks#");
        });
    }

    @Test
    void an_unknown_code_or_list_gets_a_clear_not_found() throws Exception {
        http.perform(get("/badges/credentials/ZZZZ-ZZZZ-ZZZZ-ZZZZ")).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith(
                        "No credential has the code ZZZZ-ZZZZ-ZZZZ-ZZZZ.")));
        http.perform(get("/badges/status/expiry").with(user(holder.email()))).andExpect(status().isNotFound());
    }

    @Test
    void badge_look_ups_are_rate_limited_per_client() throws Exception {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock));
        String client = "198.51.100." + (int) (Math.random() * 250 + 1);
        int answered = 0;
        while (answered < 200) {
            int status = http.perform(get("/badges/credentials/" + awarded.verificationCode()).with(request -> {
                request.setRemoteAddr(client);
                return request;
            })).andReturn().getResponse().getStatus();
            if (status == 429) {
                break;
            }
            answered++;
        }
        assertThat(answered).as("the default 60 a minute").isEqualTo(60);
    }

    private Map<String, Object> badgeOf(CertificationSummary certification) throws Exception {
        return verifiedWithPublishedKey(envelopedJwt(http.perform(
                get("/badges/credentials/" + certification.verificationCode())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).getPayload().toJSONObject();
    }

    private static String envelopedJwt(String envelope) throws Exception {
        var json = JSONObjectUtils.parse(envelope);
        assertThat(json).containsEntry("type", "EnvelopedVerifiableCredential");
        String id = (String) json.get("id");
        assertThat(id).startsWith("data:application/vc+jwt,");
        return id.substring("data:application/vc+jwt,".length());
    }

    private JWSObject verifiedWithPublishedKey(String jwt) throws Exception {
        var parsed = JWSObject.parse(jwt);
        assertThat(parsed.verify(new ECDSAVerifier(publishedKey(parsed.getHeader().getKeyID()))))
                .as("signature checks against the published key").isTrue();
        return parsed;
    }

    private ECKey publishedKey(String keyId) throws Exception {
        var jwks = JWKSet.parse(http.perform(get("/badges/issuer/jwks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        return jwks.getKeyByKeyId(keyId).toECKey();
    }

    /** Each credentialStatus entry's bit, read from the status list it names, fetched and verified like the badge. */
    private Map<String, Boolean> statusBits(Map<String, Object> credential) throws Exception {
        var bits = new java.util.TreeMap<String, Boolean>();
        for (Object entry : (List<?>) credential.get("credentialStatus")) {
            var status = map(entry);
            assertThat(status.get("type")).isEqualTo("BitstringStatusListEntry");
            String listUrl = (String) status.get("statusListCredential");
            assertThat(listUrl).startsWith(BASE + "/badges/status/");
            String listJwt = http.perform(get(listUrl.substring(BASE.length()))).andExpect(status().isOk())
                    .andExpect(content().contentType("application/vc+jwt"))
                    .andReturn().getResponse().getContentAsString();
            var list = verifiedWithPublishedKey(listJwt).getPayload().toJSONObject();
            assertThat(strings(list.get("type"))).contains("VerifiableCredential", "BitstringStatusListCredential");
            var subject = map(list.get("credentialSubject"));
            assertThat(subject.get("statusPurpose")).isEqualTo(status.get("statusPurpose"));
            int index = Integer.parseInt((String) status.get("statusListIndex"));
            bits.put((String) status.get("statusPurpose"), bit((String) subject.get("encodedList"), index));
        }
        return bits;
    }

    /** Multibase base64url ("u"), GZIP, then bit {@code index} counted from the left-most bit of the first byte. */
    private static boolean bit(String encodedList, int index) throws IOException {
        assertThat(encodedList).startsWith("u");
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        byte[] bits;
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            bits = gzip.readAllBytes();
        }
        assertThat(bits.length).as("16 KB, the specification's minimum").isEqualTo(131_072 / 8);
        return ((bits[index / 8] >> (7 - index % 8)) & 1) == 1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    private static List<String> strings(Object json) {
        return json instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of((String) json);
    }
}
