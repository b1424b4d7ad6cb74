package org.guildhall.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guildhall.first-admin.*}: the institute's first admin, created on a fresh database (both blank: none).
 *
 * @param email the first admin's sign-in address ({@code GUILDHALL_FIRST_ADMIN_EMAIL})
 * @param password the first admin's password ({@code GUILDHALL_FIRST_ADMIN_PASSWORD})
 */
@ConfigurationProperties("guildhall.first-admin")
record FirstAdminSettings(@DefaultValue("") String email, @DefaultValue("") String password) {
}
