package org.guildhall.e2e;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's journey: a member finds the signed badge and "Add to LinkedIn" under My certifications and downloads
 * the badge, which verifies against the published key; the registrar revokes the certification; the public
 * credential page then says it was withdrawn, and the published revocation list has the badge's bit set.
 */
class CredentialJourneyTest extends BrowserTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired Clock clock;

    @Test
    void a_member_downloads_the_badge_the_registrar_revokes_and_the_public_page_and_status_list_show_it()
            throws Exception {
        String email = TestAccounts.uniqueEmail("ngozi");
        var member = provisioning.createAccount("Ngozi Eze", email, TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(member.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(5));
        String code = awarded.verificationCode();

        signIn(email, TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        var badgeLink = open("/certification/mine", By.id("badge-" + awarded.id()));
        assertThat(browser.findElement(By.id("linkedin-" + awarded.id())).getDomProperty("href"))
                .startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
        var badge = JWSObject.parse(envelopedJwt(fetch(badgeLink.getDomProperty("href"))));
        var keys = JWKSet.parse(fetch(url("/badges/issuer/jwks")));
        assertThat(badge.verify(new ECDSAVerifier(keys.getKeyByKeyId(badge.getHeader().getKeyID()).toECKey())))
                .isTrue();
        var revocation = statusEntry(badge, "revocation");
        assertThat(revocationBit(revocation)).isFalse();

        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        type(open("/registrar/credentials", By.id("standing-code")).findElement(By.tagName("input")), code);
        click(browser.findElement(By.id("standing-find")));
        click(waitFor(By.id("standing-reason")));
        click(waitFor(By.xpath("//vaadin-select-item[contains(normalize-space(), 'code of conduct')]")));
        type(waitFor(By.id("standing-explanation")).findElement(By.tagName("textarea")),
                "The conduct panel upheld a complaint.");
        click(browser.findElement(By.id("standing-revoke")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("standing-history"), "Revoked"));

        browser.manage().deleteAllCookies();
        open("/credentials/" + code, By.id("verify-status"));
        assertThat(browser.findElement(By.id("verify-status")).getText()).isEqualTo("Revoked");
        assertThat(browser.findElement(By.id("verify-standing")).getText())
                .startsWith("Withdrawn for a breach of the code of conduct on");
        assertThat(browser.findElement(By.id("verify-holder")).getText()).isEqualTo("Ngozi Eze");
        assertThat(revocationBit(revocation)).as("the published list now has the badge's bit").isTrue();
    }

    private Map<String, Object> statusEntry(JWSObject badge, String purpose) {
        return ((List<?>) badge.getPayload().toJSONObject().get("credentialStatus")).stream()
                .map(CredentialJourneyTest::asMap)
                .filter(entry -> purpose.equals(entry.get("statusPurpose"))).findFirst().orElseThrow();
    }

    private boolean revocationBit(Map<String, Object> entry) throws Exception {
        String listUrl = (String) entry.get("statusListCredential");
        var list = JWSObject.parse(fetch(url(URI.create(listUrl).getPath())));
        String encoded = (String) asMap(list.getPayload().toJSONObject().get("credentialSubject")).get("encodedList");
        byte[] bits;
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(
                encoded.substring(1))))) {
            bits = gzip.readAllBytes();
        }
        int index = Integer.parseInt((String) entry.get("statusListIndex"));
        return ((bits[index / 8] >> (7 - index % 8)) & 1) == 1;
    }

    private static String envelopedJwt(String envelope) throws Exception {
        return ((String) JSONObjectUtils.parse(envelope).get("id")).substring("data:application/vc+jwt,".length());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    /** What anyone on the web gets from this address: no session needed. */
    private static String fetch(String address) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(address).isEqualTo(200);
            return response.body();
        }
    }
}
