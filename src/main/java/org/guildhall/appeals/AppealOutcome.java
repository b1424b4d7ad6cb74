package org.guildhall.appeals;

import java.util.Locale;

import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/**
 * What the appeal panel decided: upheld (the decision is replaced), partly upheld (the decision stands, the
 * reasons say what the registrar is to do about the part upheld), or dismissed (the decision stands).
 */
@NamedInterface("events")
public enum AppealOutcome {
    UPHELD, PARTLY_UPHELD, DISMISSED;

    public Text text() {
        return Text.of("appeals.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public String label() {
        return text().english();
    }
}
