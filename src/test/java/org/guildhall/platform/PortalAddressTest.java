package org.guildhall.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue 14: links in emails and on certificates use the address the portal really runs on. */
class PortalAddressTest {

    private final MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0");

    @Test
    void without_a_configured_address_links_point_at_the_port_the_portal_listens_on() {
        var address = new PortalAddress(new PortalAddress.Settings(""), environment);

        address.onApplicationEvent(serverStartedOn(43517));

        assertThat(address.baseUrl()).isEqualTo("http://localhost:43517");
        assertThat(address.link("verify/AB12CD")).isEqualTo("http://localhost:43517/verify/AB12CD");
    }

    @Test
    void before_the_server_starts_the_configured_port_stands_in() {
        var address = new PortalAddress(new PortalAddress.Settings(null),
                new MockEnvironment().withProperty("server.port", "9090"));

        assertThat(address.baseUrl()).isEqualTo("http://localhost:9090");
    }

    @Test
    void a_configured_public_address_wins_over_the_local_port_without_its_trailing_slash() {
        var address = new PortalAddress(new PortalAddress.Settings(" https://portal.institute.example/ "),
                environment);

        address.onApplicationEvent(serverStartedOn(43517));

        assertThat(address.baseUrl()).isEqualTo("https://portal.institute.example");
        assertThat(address.link("/inbox")).isEqualTo("https://portal.institute.example/inbox");
    }

    private static WebServerInitializedEvent serverStartedOn(int port) {
        var server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        var context = mock(WebServerApplicationContext.class);
        return new WebServerInitializedEvent(server) {
            @Override
            public WebServerApplicationContext getApplicationContext() {
                return context;
            }
        };
    }
}
