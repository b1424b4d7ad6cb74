package org.guildhall.membership.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.guildhall.IntegrationTest;
import org.guildhall.membership.StudyMode;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3: the applicant sees, for every category, "you qualify" or exactly which condition is not met. */
@IntegrationTest
@WithMockUser(username = "applicant.eligibility@example.org", roles = "APPLICANT")
class EligibilityViewTest extends SpringBrowserlessTest {

    @Test
    void a_part_time_student_without_a_degree_is_told_they_qualify_as_student_and_why_not_candidate() {
        navigate(EligibilityView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<StudyMode> study = $(RadioButtonGroup.class).id("study-mode");
        test(study).selectItem("Yes, part-time");

        assertThat($(Span.class).id("outcome-student").getText()).isEqualTo("You qualify");
        assertThat($(Span.class).id("outcome-candidate").getText()).isEqualTo("Not eligible");
        assertThat($(UnorderedList.class).id("reasons-candidate").getElement().getTextRecursively())
                .contains("You must be enrolled in a degree programme, and you are not.");
    }

    @Test
    void ticking_an_associate_ground_qualifies_as_associate_and_names_the_sponsors_still_needed() {
        navigate(EligibilityView.class);
        assertThat($(Span.class).id("outcome-associate").getText()).isEqualTo("Not eligible");

        test($(Checkbox.class).id("foreign-licence")).click();

        assertThat($(Span.class).id("outcome-associate").getText()).isEqualTo("You qualify");
        assertThat($(UnorderedList.class).id("reasons-associate").getElement().getTextRecursively())
                .contains("two members of the institute");
    }
}
