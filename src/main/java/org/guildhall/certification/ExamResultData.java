package org.guildhall.certification;

/**
 * A candidate's result as the registrar enters it: the score and the pass mark, each a percentage. The booking's
 * rules check it and refuse each problem on the component it concerns.
 */
public record ExamResultData(int score, int passMark) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String SCORE = "score";
    public static final String PASS_MARK = "passMark";
}
