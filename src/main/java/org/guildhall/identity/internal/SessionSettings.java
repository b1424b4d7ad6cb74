package org.guildhall.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guildhall.session.*}: how long a signed-in session may last at most, however active it is (Vaadin's
 * heartbeat keeps an open tab from ever being idle). The idle timeout is the servlet container's
 * ({@code server.servlet.session.timeout}).
 */
@ConfigurationProperties("guildhall.session")
record SessionSettings(@DefaultValue("12h") Duration absoluteTimeout) {
}
