package org.guildhall.certification;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;

/**
 * How a candidate stands against one route's requirements for one designation (seed 003).
 *
 * @param experience the relevant experience counted, overlaps merged, in words ("5 years and 2 months")
 * @param unmet each requirement not met yet, in words for the candidate ("4 months short of 5 years"); empty when
 *        the candidate is eligible
 */
public record RouteCheck(Route route, String designationCode, Text experience, List<Text> unmet) {

    public boolean eligible() {
        return unmet.isEmpty();
    }

    /** Why a step this check does not allow is refused: every unmet requirement, on the designation chosen. */
    public CertificationRefusedException refusal() {
        return new CertificationRefusedException(unmet.stream()
                .map(requirement -> new FieldProblem(ExamEnrolmentData.DESIGNATION_CODE, requirement)).toList());
    }
}
