package org.guildhall.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.settings.domain.RecordedValue;
import org.guildhall.settings.domain.SettingValue;
import org.guildhall.settings.domain.SettingValueRepository;
import org.guildhall.shared.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's settings screen: every declared setting with its value today and the next scheduled change, a change
 * from a day on, and the history of changes. The registrar may look; only an admin changes.
 */
@Service
public class SettingsAdministration {

    private final Settings settings;
    private final SettingValueRepository values;
    private final List<SettingGroup> groups;
    private final AccountService accounts;
    private final Clock clock;

    SettingsAdministration(Settings settings, SettingValueRepository values, List<SettingGroup> groups,
            AccountService accounts, Clock clock) {
        this.settings = settings;
        this.values = values;
        this.groups = groups;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public List<SettingSummary> overview() {
        LocalDate today = LocalDate.now(clock);
        return groups.stream().sorted(Comparator.comparing(SettingGroup::titleKey))
                .flatMap(group -> group.settings().stream().map(setting -> {
                    var timeline = settings.timeline(setting);
                    var next = timeline.nextAfter(today);
                    return new SettingSummary(setting, group.titleKey(), timeline.valueOn(today),
                            next.map(RecordedValue::value).orElse(null),
                            next.map(RecordedValue::effectiveFrom).orElse(null));
                }))
                .toList();
    }

    /** Every change of one setting, newest first, each with the value it replaced. */
    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public List<SettingChange> history(String key) {
        var setting = declared(key).orElseThrow(() -> new SettingsRefusedException("settings.change.unknown"));
        var timeline = settings.timeline(setting);
        return timeline.changes().reversed().stream()
                .map(change -> new SettingChange(key, timeline.valueOn(change.effectiveFrom().minusDays(1)),
                        change.value(), change.effectiveFrom(), change.recordedBy(), change.recordedAt(),
                        change.reason()))
                .toList();
    }

    /**
     * An admin sets a value from today or a later day, never earlier: what was decided under the old value keeps
     * it. The value keeps the setting's bounds; the reason is recorded with who and when.
     */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SettingChange change(SettingChangeData data) {
        var setting = declared(data.key()).orElseThrow(() -> new SettingsRefusedException("settings.change.unknown"));
        LocalDate today = LocalDate.now(clock);
        var problems = new ArrayList<FieldProblem>(setting.problemsWith(data.value()));
        if (data.effectiveFrom() == null) {
            problems.add(new FieldProblem(SettingChangeData.EFFECTIVE_FROM, "settings.change.from-needed"));
        } else if (data.effectiveFrom().isBefore(today)) {
            problems.add(new FieldProblem(SettingChangeData.EFFECTIVE_FROM, "settings.change.not-in-past"));
        }
        String reason = data.reason() == null ? "" : data.reason().strip();
        if (reason.isEmpty()) {
            problems.add(new FieldProblem(SettingChangeData.REASON, "settings.change.reason-needed"));
        } else if (reason.length() > 500) {
            problems.add(new FieldProblem(SettingChangeData.REASON, "settings.change.reason-long"));
        }
        if (!problems.isEmpty()) {
            throw new SettingsRefusedException(problems);
        }
        var previous = settings.valueOn(setting, data.effectiveFrom().minusDays(1));
        var row = values.save(new SettingValue(setting.key(), data.value(), data.effectiveFrom(),
                accounts.currentAccount().email(), clock.instant(), reason));
        settings.forget();
        return new SettingChange(setting.key(), previous, row.value(), row.effectiveFrom(), row.recordedBy(),
                row.recordedAt(), row.reason());
    }

    private Optional<Setting> declared(String key) {
        return groups.stream().flatMap(group -> group.settings().stream())
                .filter(setting -> setting.key().equals(key)).findFirst();
    }
}
