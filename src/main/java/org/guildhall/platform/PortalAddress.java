package org.guildhall.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The portal's public address, which every link in an email and the QR code on a certificate start with: the
 * configured {@code guildhall.base-url} when an operator sets one (the address people reach through a proxy), else
 * {@code http://localhost} at the port the portal really listens on, so the demo run's links work on any port.
 */
@Component
@EnableConfigurationProperties(PortalAddress.Settings.class)
public class PortalAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String configuredBaseUrl;
    private volatile int port;

    PortalAddress(Settings settings, Environment environment) {
        this.configuredBaseUrl = settings.baseUrl() == null ? "" : settings.baseUrl().strip();
        // Until the server has started (and in tests without one) the configured port is the best we know.
        this.port = environment.getProperty("server.port", Integer.class, 8080);
    }

    /** The address without a trailing slash, e.g. {@code https://portal.institute.example}. */
    public String baseUrl() {
        String base = configuredBaseUrl.isEmpty() ? "http://localhost:" + port : configuredBaseUrl;
        return base.replaceAll("/+$", "");
    }

    /** The address of a page of the portal, e.g. {@code link("verify/ABC")}. */
    public String link(String path) {
        return baseUrl() + "/" + path.replaceAll("^/+", "");
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** @param baseUrl the public address; blank means {@code http://localhost} at the port listened on */
    @ConfigurationProperties("guildhall")
    record Settings(@Nullable String baseUrl) {
    }
}
