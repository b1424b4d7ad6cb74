package org.guildhall.notification.internal;

import java.time.Duration;

import org.guildhall.shared.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code guildhall.mail.*}: the sender address of every email, the domain of the Message-ID each outbox email keeps
 * on every attempt, the pause between the sender's rounds, and how failed sends are retried.
 */
@ConfigurationProperties("guildhall.mail")
record MailSettings(String from, String messageIdDomain, Duration sendInterval, RetryPolicy retry) {
}
