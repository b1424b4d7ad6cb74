package org.guildhall.appeals;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** An appeal step the rules do not allow; the message says why, on the field concerned where there is one. */
public class AppealRefusedException extends Refused {

    public AppealRefusedException(String key) {
        super(key);
    }

    public AppealRefusedException(Text reason) {
        super(reason);
    }

    public AppealRefusedException(List<FieldProblem> problems) {
        super(problems);
    }

    public static AppealRefusedException onField(String field, Text problem) {
        return new AppealRefusedException(List.of(new FieldProblem(field, problem)));
    }
}
