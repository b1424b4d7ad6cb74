package org.guildhall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web-level test class (HTTP through the real security filter chain) and names the controller paths it
 * requests, as mapped ({@code /cpd-transcripts/{certificationId}/{cycle}}), each as its owner (200 and the right
 * content type), as another member (404 or 403), as the staff who may (200) and anonymously (sent to sign in).
 * {@link WebPathCoverageTest} fails while a controller path of the portal has no such class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CoversWebPaths {

    String[] value();
}
