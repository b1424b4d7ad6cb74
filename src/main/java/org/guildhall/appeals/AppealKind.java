package org.guildhall.appeals;

import java.util.Locale;

import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/** Which decision an appeal is against. */
@NamedInterface("events")
public enum AppealKind {
    /** A portfolio panel's decision not to award (resubmission or decline). */
    PANEL_DECISION,
    /** The registrar's rejection of a CPD activity. */
    CPD_REJECTION,
    /** The registrar's revocation of a certification. */
    REVOCATION;

    public Text text() {
        return Text.of("appeals.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
