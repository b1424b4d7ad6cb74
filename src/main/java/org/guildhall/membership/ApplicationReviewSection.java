package org.guildhall.membership;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A block another module adds to the registrar's review of an application (sponsor endorsements, documents), so
 * membership needs no dependency on those modules. Register implementations as Spring beans.
 */
@NamedInterface("api")
public interface ApplicationReviewSection {

    /** Position on the review page; lower comes first. */
    int order();

    Component render(MembershipApplicationDetails application);
}
