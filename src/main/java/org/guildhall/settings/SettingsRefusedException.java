package org.guildhall.settings;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;

/** A setting change the rules turn down, each problem on the field it concerns. */
public class SettingsRefusedException extends Refused {

    public SettingsRefusedException(List<FieldProblem> problems) {
        super(problems);
    }

    public SettingsRefusedException(String message) {
        super(message);
    }
}
