package org.guildhall.notification.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.SimpleMailMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** In the demo there is no mail server: a newcomer reads each email the portal sends in the log. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingMailSenderTest {

    @Test
    void a_demo_email_is_written_to_the_log_with_its_sender_recipient_subject_and_text(CapturedOutput log) {
        var message = new SimpleMailMessage();
        message.setFrom("Guildhall <no-reply@guildhall.example>");
        message.setTo("tomás@example.org");
        message.setSubject("Welcome to Guildhall");
        message.setText("Dear Tomás,\n\nYour Guildhall account is ready.");

        new LoggingMailSender().send(message);

        assertThat(log.getOut()).contains("From: Guildhall <no-reply@guildhall.example>", "To: tomás@example.org",
                "Subject: Welcome to Guildhall", "Dear Tomás,\n\nYour Guildhall account is ready.");
    }
}
