package org.guildhall.cpd;

/** An assessor's feedback on an essay: optional to accept, needed to return it (refused on {@link #FEEDBACK}). */
public record EssayReviewData(String feedback) {

    public static final String FEEDBACK = "feedback";
}
