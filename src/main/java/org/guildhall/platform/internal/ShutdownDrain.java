package org.guildhall.platform.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Behind a load balancer, a stopping instance keeps serving for {@code guildhall.shutdown.drain} after its readiness
 * has gone DOWN (Spring Boot reports REFUSING_TRAFFIC as soon as the context starts closing), so the balancer's
 * health check takes it out of rotation before the web server stops taking requests; then the graceful shutdown lets
 * requests in flight finish. Stopped before every other lifecycle bean, the web server included.
 */
@Component
@EnableConfigurationProperties(ShutdownDrain.Settings.class)
class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final Duration drain;
    private volatile boolean running;

    ShutdownDrain(Settings settings) {
        this.drain = settings.drain();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (drain.isPositive()) {
            log.info("Readiness is DOWN; serving {} more before shutting down", drain);
            try {
                // The shutdown thread waits on purpose: the load balancer needs these seconds to notice.
                Thread.sleep(drain);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first: the web server's graceful shutdown has a lower phase. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** @param drain how long to keep serving with readiness DOWN before the web server stops (0: at once) */
    @ConfigurationProperties("guildhall.shutdown")
    record Settings(Duration drain) {
    }
}
