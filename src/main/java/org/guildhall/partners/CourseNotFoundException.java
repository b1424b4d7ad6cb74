package org.guildhall.partners;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** No approved course with this id that the caller may act on; the two read the same. */
public class CourseNotFoundException extends NotFound {

    public CourseNotFoundException(long courseId) {
        super(Text.of("partners.not-found.course", courseId));
    }
}
