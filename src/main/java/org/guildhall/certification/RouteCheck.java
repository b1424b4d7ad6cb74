package org.guildhall.certification;

import java.util.List;

/**
 * How a candidate stands against one route's requirements for one designation (seed 003).
 *
 * @param experience the relevant experience counted, overlaps merged, in words ("5 years and 2 months")
 * @param unmet each requirement not met yet, in words for the candidate ("4 months short of 5 years"); empty when
 *        the candidate is eligible
 */
public record RouteCheck(Route route, String designationCode, String experience, List<String> unmet) {

    public boolean eligible() {
        return unmet.isEmpty();
    }
}
