package org.guildhall.identity.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.api.Test;

/** The sign-in page's UI does not outlive the sign-in in the session it carries over (issue 15, heap per session). */
class SignInPageClosedAfterSignInTest {

    private final AuthenticationContext authentication = mock(AuthenticationContext.class);
    private final VaadinSession session = mock(VaadinSession.class);
    private final UI portal = uiShowing(List.of());
    private final UI signInPage = uiShowing(List.of(mock(LoginView.class)));
    private final UI otherTab = uiShowing(List.of(mock(Component.class)));

    SignInPageClosedAfterSignInTest() {
        when(session.getUIs()).thenReturn(List.of(portal, signInPage, otherTab));
    }

    @Test
    void the_first_page_after_sign_in_closes_the_sign_in_page_and_nothing_else() {
        when(authentication.isAuthenticated()).thenReturn(true);

        new SignInPageClosedAfterSignIn(authentication).closeSignInPages(portal);

        verify(signInPage).close();
        verify(otherTab, never()).close();
        verify(portal, never()).close();
    }

    @Test
    void a_page_opened_before_signing_in_closes_nothing() {
        when(authentication.isAuthenticated()).thenReturn(false);

        new SignInPageClosedAfterSignIn(authentication).closeSignInPages(portal);

        verify(signInPage, never()).close();
    }

    private UI uiShowing(List<HasElement> routeChain) {
        var ui = mock(UI.class);
        var internals = mock(UIInternals.class);
        when(ui.getInternals()).thenReturn(internals);
        when(internals.getActiveRouterTargetsChain()).thenReturn(routeChain);
        when(ui.getSession()).thenReturn(session);
        return ui;
    }
}
