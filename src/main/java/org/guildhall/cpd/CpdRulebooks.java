package org.guildhall.cpd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guildhall.cpd.domain.ActivityType;
import org.guildhall.cpd.domain.ActivityTypeRepository;
import org.guildhall.cpd.domain.CategoryRule;
import org.guildhall.cpd.domain.CategoryRuleRepository;
import org.springframework.stereotype.Component;

/**
 * The CPD rulebook (category caps and activity types), read from the database at most once a minute instead of
 * twice for every view and list that shows credits. The rules change only by migration, so a minute's delay after a
 * change costs nothing (docs/decisions/constant-statement-lists.md).
 */
@Component
class CpdRulebooks {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final CategoryRuleRepository categoryRules;
    private final ActivityTypeRepository activityTypes;
    private final Clock clock;
    private volatile Read last = new Read(new CpdRulebook(Map.of(), List.of()), Instant.MIN);

    CpdRulebooks(CategoryRuleRepository categoryRules, ActivityTypeRepository activityTypes, Clock clock) {
        this.categoryRules = categoryRules;
        this.activityTypes = activityTypes;
        this.clock = clock;
    }

    CpdRulebook current() {
        var read = last;
        Instant now = clock.instant();
        if (now.isBefore(read.at()) || !now.isBefore(read.at().plus(FRESH_FOR))) {
            read = new Read(load(), now);
            last = read;
        }
        return read.rulebook();
    }

    private CpdRulebook load() {
        return new CpdRulebook(
                categoryRules.findAll().stream()
                        .collect(Collectors.toMap(CategoryRule::category, CategoryRule::creditCap)),
                activityTypes.findAllByOrderByCategoryAscSortOrderAsc().stream().map(ActivityType::toType).toList());
    }

    private record Read(CpdRulebook rulebook, Instant at) {
    }
}
