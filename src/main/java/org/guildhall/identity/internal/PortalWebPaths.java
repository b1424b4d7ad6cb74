package org.guildhall.identity.internal;

import org.guildhall.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The one list of every web address the portal serves outside Vaadin, with who may request it. Vaadin's security
 * configurer refuses any other non-Vaadin request (403 to everyone), so a new controller path must be added here;
 * {@code WebPathCoverageTest} fails while a controller path has no web-level test.
 * <p>
 * Vaadin views are not listed: their {@code @AnonymousAllowed} / {@code @RolesAllowed} annotations govern them
 * (the public certificate check at {@code /verify/{code}} is one).
 */
final class PortalWebPaths {

    /** Open to anyone: static assets the sign-in pages show. */
    static final String[] PUBLIC = {"/images/**", "/styles/**"};

    /**
     * Open to anyone, by design: the Open Badges issuer profile, its public keys, the revocation and suspension
     * status lists, and each badge by its verification code (certification module).
     */
    static final String[] PUBLIC_CREDENTIALS = {
            "/badges/issuer",               // the issuer profile (JSON)
            "/badges/issuer/jwks",          // its public signing keys (JWKS)
            "/badges/status/*",             // the status lists (signed vc+jwt)
            "/badges/credentials/*"};       // a certification's signed badge

    /**
     * Open to anyone holding the address: a person's calendar feed (calendar module), which calendar applications
     * fetch without signing in. The secret in the address is the credential; an unknown or revoked one is a 404.
     */
    static final String[] CALENDAR_FEEDS = {"/calendar/feed/*"};

    /** Actuator's endpoints, in a chain of their own ahead of the portal's (HTTP Basic, no session, no login page). */
    static final String ACTUATOR = "/actuator/**";

    /** Of those, open to anyone: the load balancer's probes and the build info. */
    static final String[] ACTUATOR_PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info"};

    /** The rest of Actuator (metrics, Prometheus) is for these roles, for monitoring. */
    static final String[] ACTUATOR_ROLES = {Role.Names.OPERATOR, Role.Names.ADMIN};

    /**
     * Downloads for a signed-in person only. Each controller's service decides whose it is: the owner and the
     * staff who may see it get the file, anyone else the same 404 as for something that does not exist.
     */
    static final String[] SIGNED_IN_DOWNLOADS = {
            "/documents/*",                 // documents: an uploaded document (owner, or staff a module grants)
            "/certificates/*",              // certification: the certificate PDF (holder, registrar)
            "/cpd-transcripts/*/*",         // cpd: a cycle's transcript (holder, registrar)
            "/review/packet/*",             // assessment: the merged review packet (the panel, registrars)
            "/events/*/certificate",        // events: the signed-in attendee's certificate of attendance
            "/events/*/certificate/*",      // events: anyone's certificate of attendance, for registrars
            "/calendar/files/*/*",          // calendar: the .ics of one of the signed-in person's bookings
            "/privacy/exports/*"};          // privacy: a person's own export of their data, until it expires

    /** Report exports, for the staff who run the institute (reporting module); the service checks the roles too. */
    static final String[] REPORT_EXPORTS = {"/report-exports/*/*"};

    /** Who may export reports. */
    static final String[] REPORT_ROLES = {Role.Names.REGISTRAR, Role.Names.ADMIN};

    private PortalWebPaths() {
    }

    static void declare(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(PUBLIC).permitAll()
                .requestMatchers(HttpMethod.GET, PUBLIC_CREDENTIALS).permitAll()
                .requestMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll()
                .requestMatchers(HttpMethod.GET, SIGNED_IN_DOWNLOADS).authenticated()
                .requestMatchers(HttpMethod.GET, REPORT_EXPORTS).hasAnyRole(REPORT_ROLES);
    }
}
