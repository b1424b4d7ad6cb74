package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.guildhall.cpd.domain.ActivityType;
import org.guildhall.cpd.domain.ActivityTypeRepository;
import org.guildhall.cpd.domain.CategoryRule;
import org.guildhall.cpd.domain.CategoryRuleRepository;
import org.guildhall.cpd.domain.RulesInForce;
import org.guildhall.platform.ReferenceCache;
import org.guildhall.settings.Setting;
import org.guildhall.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The CPD rulebook on any day: the categories and kinds of activity from the institute's reference data, their caps
 * and credit values as first set there and then as an admin changed them from a day on (each a {@link Setting}:
 * {@code cpd.setting.cap.<category>}, {@code cpd.setting.credits.<kind>}). The reference data is read at most once a
 * minute ({@link ReferenceCache}; it changes only by migration) and the settings are cached the same way, so showing credits costs no statement
 * (docs/decisions/constant-statement-lists.md).
 */
@Component
class CpdRulebooks implements RulesInForce {

    /** A cap may be zero (a category that does not count) but not less; a credit value must be positive. */
    private static final BigDecimal MAX_CAP = new BigDecimal("200");
    private static final BigDecimal MIN_CREDITS = new BigDecimal("0.01");
    private static final BigDecimal MAX_CREDITS = new BigDecimal("50");

    private final CategoryRuleRepository categoryRules;
    private final ActivityTypeRepository activityTypes;
    private final Settings settings;
    private final Clock clock;
    private final ReferenceCache.Single<Reference> reference;

    CpdRulebooks(CategoryRuleRepository categoryRules, ActivityTypeRepository activityTypes, Settings settings,
            Clock clock) {
        this.categoryRules = categoryRules;
        this.activityTypes = activityTypes;
        this.settings = settings;
        this.clock = clock;
        this.reference = ReferenceCache.single(clock, this::load);
    }

    CpdRulebook current() {
        return on(LocalDate.now(clock));
    }

    @Override
    public CpdRulebook on(LocalDate day) {
        var reference = this.reference.get();
        var caps = new EnumMap<CpdCategory, BigDecimal>(CpdCategory.class);
        reference.caps().forEach((category, cap) -> caps.put(category, settings.valueOn(cap, day)));
        return new CpdRulebook(caps, reference.types().stream().map(type -> {
            var value = settings.valueOn(type.setting(), day);
            var kind = type.kind();
            return new CpdActivityType(kind.code(), kind.category(), kind.label(),
                    kind.isFixedCredit() ? null : value, kind.isFixedCredit() ? value : null);
        }).toList());
    }

    /** The caps and credit values as settings an admin changes, for the settings screen. */
    List<Setting> settings() {
        var reference = this.reference.get();
        return Stream.concat(reference.caps().values().stream(),
                reference.types().stream().map(TypeSetting::setting)).toList();
    }

    private Reference load() {
        var caps = new EnumMap<CpdCategory, Setting>(CpdCategory.class);
        categoryRules.findAll().forEach(rule -> caps.put(rule.category(), capSetting(rule)));
        return new Reference(caps, activityTypes.findAllByOrderByCategoryAscSortOrderAsc().stream()
                .map(ActivityType::toType)
                .map(type -> new TypeSetting(type, creditSetting(type))).toList());
    }

    private static Setting capSetting(CategoryRule rule) {
        return new Setting("cpd.setting.cap." + slug(rule.category().name()), Setting.Unit.CREDITS,
                rule.creditCap(), BigDecimal.ZERO, MAX_CAP.max(rule.creditCap()), 2);
    }

    private static Setting creditSetting(CpdActivityType type) {
        var value = type.isFixedCredit() ? type.fixedCredits() : type.creditsPerHour();
        return new Setting("cpd.setting.credits." + slug(type.code()), Setting.Unit.CREDITS, value,
                MIN_CREDITS.min(value), MAX_CREDITS.max(value), 2);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A kind of activity as the reference data has it, with the setting its credit value is changed by. */
    private record TypeSetting(CpdActivityType kind, Setting setting) {
    }

    /** Shared by every request until read again, so it cannot be changed (the caps keep their category order). */
    private record Reference(Map<CpdCategory, Setting> caps, List<TypeSetting> types) {

        Reference {
            caps = Collections.unmodifiableMap(new EnumMap<>(caps));
            types = List.copyOf(types);
        }
    }
}
