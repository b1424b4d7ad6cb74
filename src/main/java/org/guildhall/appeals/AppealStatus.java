package org.guildhall.appeals;

import java.util.Locale;

import org.guildhall.shared.Text;

/** Where an appeal stands: waiting for its panel, with its panel, decided. */
public enum AppealStatus {
    LODGED, PANEL_FORMED, DECIDED;

    public Text text() {
        return Text.of("appeals.status." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
