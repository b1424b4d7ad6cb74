package org.guildhall.membership;

/** Whether the applicant studies, and how. */
public enum StudyMode {
    NOT_STUDYING, FULL_TIME, PART_TIME;

    public boolean isStudying() {
        return this != NOT_STUDYING;
    }
}
