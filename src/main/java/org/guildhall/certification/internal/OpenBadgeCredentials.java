package org.guildhall.certification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.DesignationLevel;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.Route;
import org.guildhall.documents.PdfLayout;

/**
 * The JSON of the institute's credentials in the data model of Open Badges 3.0 (1EdTech, final) on W3C Verifiable
 * Credentials 2.0: one {@code OpenBadgeCredential} per certification cycle, the issuer {@code Profile}, and the
 * {@code BitstringStatusListCredential}s its badges point to. Only the data; {@link BadgeSigner} signs it.
 */
final class OpenBadgeCredentials {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final String REVOCATION = "revocation";
    static final String SUSPENSION = "suspension";
    /** Seed 004: the four domains of contact-centre management the experience route's panels score. */
    static final List<String> COMPETENCY_DOMAINS = List.of("Leadership", "People", "Customers", "Operations");

    private OpenBadgeCredentials() {
    }

    /** The issuer profile: the institute, at an https URL that is also its id. */
    static Map<String, Object> issuerProfile(CredentialLinks urls) {
        var profile = new LinkedHashMap<String, Object>();
        profile.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        profile.putAll(issuer(urls));
        profile.put("description", "The professional body for customer service, CRM and contact-centre management. "
                + "Its badges are signed with the keys published at " + urls.jwksUrl() + ".");
        return profile;
    }

    /**
     * The badge of {@code certification}'s current cycle: valid from the cycle's first day until its expiry, the
     * holder named as issued, the designation as an achievement of type Certification, and the certification's bit
     * in the revocation and suspension status lists.
     */
    static Map<String, Object> badge(CertificationSummary certification, DesignationSummary designation,
            int statusListIndex, CredentialLinks urls) {
        var credential = new LinkedHashMap<String, Object>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", urls.badgeUrl(certification.verificationCode()) + "#cycle-" + certification.cycleNumber());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", certification.designationName() + " (" + certification.designationCode() + ")");
        credential.put("issuer", issuer(urls));
        credential.put("validFrom", startOfDay(certification.cycle().startsOn()));
        credential.put("validUntil", startOfDay(certification.cycle().expiresOn()));
        credential.put("credentialSubject", Map.of(
                "type", List.of("AchievementSubject"),
                "identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
                        "identityHash", certification.holderName())),
                "achievement", achievement(designation, certification.designationName(), urls)));
        credential.put("credentialStatus", List.of(
                statusEntry(REVOCATION, statusListIndex, urls), statusEntry(SUSPENSION, statusListIndex, urls)));
        credential.put("credentialSchema", List.of(Map.of("id", OB_SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        return credential;
    }

    /** A W3C Bitstring Status List credential for one purpose, valid from {@code now}. */
    static Map<String, Object> statusList(String purpose, String encodedList, Instant now,
            CredentialLinks urls) {
        var credential = new LinkedHashMap<String, Object>();
        credential.put("@context", List.of(VC_CONTEXT));
        credential.put("id", urls.statusListUrl(purpose));
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", urls.issuerUrl());
        credential.put("validFrom", now.toString());
        credential.put("credentialSubject", Map.of(
                "id", urls.statusListUrl(purpose) + "#list",
                "type", "BitstringStatusList",
                "statusPurpose", purpose,
                "encodedList", encodedList));
        return credential;
    }

    private static Map<String, Object> issuer(CredentialLinks urls) {
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("id", urls.issuerUrl());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", PdfLayout.INSTITUTE);
        issuer.put("url", urls.portalUrl());
        return issuer;
    }

    /** {@code nameAsAwarded}: the designation's name when the cycle began, which catalogue edits never rewrite. */
    private static Map<String, Object> achievement(DesignationSummary designation, String nameAsAwarded,
            CredentialLinks urls) {
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", urls.achievementUrl(designation.code()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certification");
        achievement.put("name", nameAsAwarded);
        achievement.put("humanCode", designation.code());
        achievement.put("description", "The " + nameAsAwarded + " (" + designation.code() + ") designation, "
                + designation.level().label().toLowerCase(Locale.ROOT) + " level, awarded by the institute for "
                + designation.cycleYears() + "-year cycles.");
        achievement.put("criteria", Map.of("narrative", criteria(designation)));
        // Seed 004's competencies are those of contact-centre managers: manager designations align to its domains.
        if (designation.level() == DesignationLevel.MANAGER) {
            var alignments = new ArrayList<Map<String, Object>>();
            for (String domain : COMPETENCY_DOMAINS) {
                alignments.add(Map.of("type", List.of("Alignment"), "targetName", domain,
                        "targetDescription", "Competency domain of contact-centre management: " + domain,
                        "targetUrl", urls.achievementUrl(designation.code()) + "#competency-"
                                + domain.toLowerCase(Locale.ROOT),
                        "targetType", "Competency"));
            }
            achievement.put("alignment", alignments);
        }
        return achievement;
    }

    /** The designation's criteria in words: how it is earned and how it is kept. */
    static String criteria(DesignationSummary designation) {
        var routes = new ArrayList<String>();
        if (designation.routesOffered().contains(Route.EXAM)) {
            routes.add("passing the " + designation.code() + " examination (pass mark " + designation.examPassMark()
                    + "%) after " + designation.examRouteYears() + " years in a customer-service role and the "
                    + "required courses");
        }
        if (designation.routesOffered().contains(Route.EXPERIENCE)) {
            routes.add("a portfolio showing " + designation.experienceRouteYears() + " years of management "
                    + "experience, scored by a panel of assessors on the four competency domains (Leadership, "
                    + "People, Customers, Operations), with an interview where the panel asks for one");
        }
        return "Earned by " + String.join(", or by ", routes) + ". Kept by earning " + designation.cpdHoursPerCycle()
                + " CPD credits in each " + designation.cycleYears() + "-year cycle and paying the renewal fee"
                + (designation.recertificationEssayRequired()
                        ? ", with an essay on putting the competencies into practice accepted by an assessor." : ".");
    }

    private static Map<String, Object> statusEntry(String purpose, int index, CredentialLinks urls) {
        return Map.of(
                "id", urls.statusListUrl(purpose) + "#" + index,
                "type", "BitstringStatusListEntry",
                "statusPurpose", purpose,
                "statusListIndex", Integer.toString(index),
                "statusListCredential", urls.statusListUrl(purpose));
    }

    private static String startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
