package org.guildhall;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Guildhall: the member and certification portal of the institute.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/guildhall.css")
@StyleSheet("styles/accessibility.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Guildhall", shortName = "Guildhall")
public class GuildhallApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(GuildhallApplication.class, args);
    }

    /** Every date rule reads this clock, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
