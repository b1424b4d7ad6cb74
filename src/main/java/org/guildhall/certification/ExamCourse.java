package org.guildhall.certification;

/**
 * A course the exam route asks for (seed 003), proved by an uploaded course certificate.
 *
 * @param required false for a course the seed asks for only "if applicable" (sales)
 */
public record ExamCourse(String code, String name, boolean required) {
}
