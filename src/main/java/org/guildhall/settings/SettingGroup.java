package org.guildhall.settings;

import java.util.List;

/**
 * The settings one module declares, listed on the admin's settings screen under the module's title. A module
 * implements it with a {@code @Component} beside the rules that read the settings.
 */
public interface SettingGroup {

    /** A key of the module's bundle naming the group ("CPD", "Assessment"). */
    String titleKey();

    List<Setting> settings();
}
