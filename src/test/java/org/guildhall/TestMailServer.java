package org.guildhall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * An embedded SMTP server (GreenMail) for the shared integration-test context, which sends its mail there. Its
 * port is fixed when the context starts, so a test may stop the server and start it again on the same port.
 * Tests tell their mails apart by their own recipient addresses.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        var server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Bean
    DynamicPropertyRegistrar smtpServerProperties(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        };
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }
}
