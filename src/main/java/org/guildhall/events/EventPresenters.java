package org.guildhall.events;

import java.util.List;

import org.guildhall.events.domain.InstituteEventRepository;
import org.guildhall.shared.ForOtherModules;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who presented institute events together, for other modules' rules (assessment's conflicts of interest from
 * co-presenting). The caller has authorised the question.
 */
@Service
@ForOtherModules
@NamedInterface("api")
@Transactional(readOnly = true)
public class EventPresenters {

    private final InstituteEventRepository events;

    EventPresenters(InstituteEventRepository events) {
        this.events = events;
    }

    /** Everyone who presented an event (not a cancelled one) together with this person, in one query. */
    public List<CoPresentation> coPresentersOf(long accountId) {
        return events.findCoPresenters(accountId);
    }
}
