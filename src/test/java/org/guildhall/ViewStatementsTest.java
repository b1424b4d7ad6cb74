package org.guildhall;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.guildhall.StatementCounter.Statements;
import org.guildhall.platform.ReadOnlyRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that hold a view to a constant number of database statements (issue 15): opening a view and
 * rendering the first page of each of its grids, as the browser would ask for it, counted by
 * {@link StatementCounter}. The rows are made by the test, once few and once many.
 */
@IntegrationTest
public abstract class ViewStatementsTest extends SpringBrowserlessTest {

    /** Rows a grid's first page shows, as Vaadin's grid asks for them. */
    protected static final int FIRST_PAGE = 50;

    @Autowired UserDetailsService userDetails;
    @Autowired ReadOnlyRequests requests;

    /** Signs {@code email} in with the principal the sign-in form would give them (views greet them by name). */
    protected void signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /**
     * What opening {@code route} sends to the database, with the first page of the grids {@code gridIds} rendered
     * (every column, so a lookup inside a renderer counts too), once the reference data is in memory.
     */
    protected Statements open(String route, String... gridIds) {
        // Reference data (the catalogue, the programme, settings) is read at most once a minute per instance
        // (ReferenceCache): a first, uncounted opening reads it, as some member's page did before this one.
        measure(route);
        return measure(route);
    }

    /**
     * The queries Hibernate translated to SQL while {@code route} opened a second time, in a new session: none when
     * every query the view sends finds its plan in Hibernate's query plan cache (docs/decisions/query-plan-cache.md).
     */
    protected List<String> queriesTranslatedOnReopening(String route) {
        measure(route);
        return QueryTranslations.during(() -> measure(route));
    }

    /**
     * Whether {@code query} counts the places taken at the events a page lists: counted for the listed events' ids
     * (a collection bound to one parameter), so Hibernate translates it on every call; left so on purpose
     * (docs/decisions/query-plan-cache.md). Home lists events when there are any.
     */
    protected static boolean countsPlacesOfListedEvents(String query) {
        return query.contains("count(") && query.contains("r.eventId in (:eventIds)");
    }

    private Statements measure(String route) {
        // A new session and page each time, as a browser opening the view (the same view again would be a no-op).
        cleanVaadinEnvironment();
        // Each runs as the servlet runs a Vaadin request: inside one read-only transaction (ReadOnlyRequestInstaller).
        if (route.isEmpty()) {
            // A new page starts at the home page: opening it is starting the page.
            return StatementCounter.count(() -> requests.run(() -> {
                initVaadinEnvironment();
                roundTrip();
                return null;
            })).statements();
        }
        initVaadinEnvironment();
        return StatementCounter.count(() -> requests.run(() -> {
            navigate(route, Component.class);
            roundTrip();
            return null;
        })).statements();
    }

    /** The rows {@code gridId} of the current view shows. */
    protected int rowsOf(String gridId) {
        return test($(Grid.class).id(gridId)).size();
    }

    /** Prints the counts for the before/after table of docs/performance.md. */
    protected static void report(String view, Statements few, Statements many) {
        System.out.printf("STATEMENTS | %s | %s | %s |%n  few:  %s%n  many: %s%n", view, few, many, few.shapes(),
                many.shapes());
    }

    /**
     * The view's count with many rows equals its count with few (no statement per row) and stays within
     * {@code limit}; on failure the message shows each statement with how often it was sent.
     */
    protected static void assertConstant(String view, Statements few, Statements many, int limit) {
        assertThat(many.total()).as("%s: %s with many rows against %s with few; sent with many rows: %s", view,
                many, few, many.shapes()).isEqualTo(few.total());
        assertThat(many.total()).as("%s within %d statements; sent: %s", view, limit, many.shapes())
                .isLessThanOrEqualTo(limit);
    }
}
