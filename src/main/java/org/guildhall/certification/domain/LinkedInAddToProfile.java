package org.guildhall.certification.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/**
 * LinkedIn's "Add licence or certification" link (its documented add-to-profile URL): it opens the member's profile
 * form filled in with the designation, the institute, the issue and expiry month, and the credential's public page
 * and id, so what an employer clicks on LinkedIn leads back to the institute's own answer.
 */
public final class LinkedInAddToProfile {

    static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    private LinkedInAddToProfile() {
    }

    /**
     * @param lastValidDay the last day the certification is valid in its cycle; LinkedIn records its month
     */
    public static String url(String certificationName, String organisationName, LocalDate issuedOn,
            LocalDate lastValidDay, String credentialUrl, String credentialId) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("startTask", "CERTIFICATION_NAME");
        fields.put("name", certificationName);
        fields.put("organizationName", organisationName);
        fields.put("issueYear", Integer.toString(issuedOn.getYear()));
        fields.put("issueMonth", Integer.toString(issuedOn.getMonthValue()));
        fields.put("expirationYear", Integer.toString(lastValidDay.getYear()));
        fields.put("expirationMonth", Integer.toString(lastValidDay.getMonthValue()));
        fields.put("certUrl", credentialUrl);
        fields.put("certId", credentialId);
        return ADD_TO_PROFILE + "?" + fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
