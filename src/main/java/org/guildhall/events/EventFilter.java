package org.guildhall.events;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** What someone browsing events narrows them to: a kind, a month, or neither. */
public record EventFilter(@Nullable EventKind kind, @Nullable YearMonth month) {

    public static final EventFilter ALL = new EventFilter(null, null);
}
