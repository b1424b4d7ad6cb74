package org.guildhall.sponsorship.internal;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The sponsorship settings, {@code guildhall.sponsorship.*} (defaults in application.properties).
 *
 * @param nominationsPerDay how many nominations an applicant may try in a day ({@code GUILDHALL_NOMINATIONS_PER_DAY})
 */
@Validated
@ConfigurationProperties("guildhall.sponsorship")
public record SponsorshipProperties(@Positive int nominationsPerDay) {
}
