package org.guildhall.shell;

import org.guildhall.events.EventNotFoundException;
import org.guildhall.events.EventRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures the session error handler answers in words, however deep Vaadin or Spring wrapped them. */
class SessionErrorHandlerAnswersTest {

    @Test
    void a_module_refusal_or_not_found_answers_with_its_own_message_even_when_wrapped() {
        var wrapped = new IllegalStateException("listener failed", new EventRefusedException("The event is full."));

        assertThat(SessionErrorHandler.answerFor(wrapped)).contains("The event is full.");
        assertThat(SessionErrorHandler.answerFor(EventNotFoundException.event(7)))
                .contains("There is no event 7 that you can see.");
    }

    @Test
    void a_step_the_roles_do_not_allow_says_so_without_detail() {
        assertThat(SessionErrorHandler.answerFor(new AccessDeniedException("Access Denied on ReviewService.submit")))
                .contains("This is not open to you.");
    }

    @Test
    void anything_else_has_no_answer_and_becomes_an_incident() {
        assertThat(SessionErrorHandler.answerFor(new DataIntegrityViolationException("duplicate key"))).isEmpty();
        assertThat(SessionErrorHandler.answerFor(new NullPointerException())).isEmpty();
    }
}
