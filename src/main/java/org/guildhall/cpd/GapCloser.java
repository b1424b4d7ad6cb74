package org.guildhall.cpd;

import java.math.BigDecimal;

/**
 * An offering before a certification's last valid day and the counted credits it would add to that cycle, the
 * category caps applied.
 */
public record GapCloser(CpdOpportunity opportunity, BigDecimal adds) {
}
