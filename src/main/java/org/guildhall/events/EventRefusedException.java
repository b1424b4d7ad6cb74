package org.guildhall.events;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** Something the event rules do not allow (full, past, after the cutoff, twice); the message says why. */
public class EventRefusedException extends Refused {

    public EventRefusedException(String message) {
        super(message);
    }

    public EventRefusedException(Text reason) {
        super(reason);
    }

    /** Entered values refused, each problem on the {@link EventDetails} component it concerns. */
    public EventRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
