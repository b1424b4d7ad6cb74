package org.guildhall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the embedded MariaDB, with a {@link MutableClock} and an SMTP server
 * ({@link TestMailServer}). Every test class with this annotation shares one cached Spring context and one
 * database, so tests use their own email addresses ({@link TestAccounts#uniqueEmail}). Each test starts at
 * {@link MutableClock#START} with nobody signed in ({@link IntegrationTestExtension}); sign in with
 * {@link TestAccounts#signInAs}. {@link StatementCounter} counts what a piece of work sends to the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({IntegrationTest.TestClockConfiguration.class, TestMailServer.class, StatementCounter.Configuration.class})
@ExtendWith(IntegrationTestExtension.class)
public @interface IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClockConfiguration {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MutableClock.START);
        }
    }
}
