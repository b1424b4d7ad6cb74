package org.guildhall.notification.internal;

import org.guildhall.notification.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code guildhall.mail.*}: the sender address of every email, and how failed sends are retried. */
@ConfigurationProperties("guildhall.mail")
record MailSettings(String from, RetryPolicy retry) {
}
