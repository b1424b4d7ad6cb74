package org.guildhall.notification.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.notification.InboxEntry;
import org.guildhall.notification.InboxItemNotFoundException;
import org.guildhall.notification.InboxService;
import org.guildhall.notification.domain.InboxItem;
import org.guildhall.notification.domain.InboxItemRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Each person's inbox holds their own notifications, newest first, and opening one marks it read. */
@IntegrationTest
@WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired InboxItemRepository inboxItems;
    @Autowired InboxService inbox;
    @Autowired MutableClock clock;

    private String members;
    private String registrars;
    private long registrarsItemId;

    @BeforeEach
    void notifications() {
        TestAccounts.ensure(accounts, provisioning);
        members = "Your CPD cycle closes on 31 December (" + System.nanoTime() + ")";
        registrars = "Three applications await your review (" + System.nanoTime() + ")";
        registrarsItemId = inboxItems.save(new InboxItem(idOf(TestAccounts.REGISTRAR), registrars, "Open the queue.",
                null, clock.instant())).toEntry().id();
        inboxItems.save(new InboxItem(idOf(TestAccounts.MEMBER), members, "Log your remaining CPD hours.", null,
                clock.instant()));
    }

    @Test
    void a_member_sees_their_own_notifications_newest_first_and_not_the_registrars() {
        navigate(InboxView.class);

        assertThat(rows()).extracting(InboxEntry::title).startsWith(members).doesNotContain(registrars);
        assertThat(rows().getFirst().unread()).isTrue();
    }

    @Test
    void opening_a_notification_shows_its_text_and_marks_it_read() {
        navigate(InboxView.class);
        long unread = inbox.countCurrentUnread();

        grid().clickRow(0);

        assertThat($(Paragraph.class).withClassName("gh-inbox-body").single().getText())
                .isEqualTo("Log your remaining CPD hours.");
        assertThat(grid().getRow(0).unread()).isFalse();
        assertThat(inbox.countCurrentUnread()).isEqualTo(unread - 1);
    }

    @Test
    void someone_elses_notification_cannot_be_marked_read_even_by_calling_the_service() {
        assertThatExceptionOfType(InboxItemNotFoundException.class)
                .isThrownBy(() -> inbox.markRead(registrarsItemId));
    }

    private long idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<InboxEntry>, InboxEntry> grid() {
        return test((Grid<InboxEntry>) $(Grid.class).id("inbox-grid"));
    }

    private List<InboxEntry> rows() {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
