package org.guildhall.certification;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/** A certification change the rules do not allow; the message says why, in words for the person who asked. */
@NamedInterface("api")
public class CertificationRefusedException extends Refused {

    public CertificationRefusedException(String message) {
        super(message);
    }

    /** A refusal whose message has arguments ({@code Text.of(key, args)}), written in the reader's language. */
    public CertificationRefusedException(Text reason) {
        super(reason);
    }

    /** Entered values refused, each problem on the input record's component it concerns. */
    public CertificationRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
