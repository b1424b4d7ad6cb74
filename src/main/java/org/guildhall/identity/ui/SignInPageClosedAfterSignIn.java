package org.guildhall.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Closes the sign-in page's UI once its person is signed in. The session carries over the sign-in (Spring Security
 * migrates it under a new id), and with it the sign-in page's UI, which Vaadin would otherwise keep until three
 * heartbeats are missed (15 minutes): one more UI per signed-in session, 20-40 KB of heap each (issue 15's heap per
 * session, docs/benchmarks.md). A second tab still showing the sign-in page reloads into the signed-in portal.
 */
@Component
class SignInPageClosedAfterSignIn implements VaadinServiceInitListener {

    private final AuthenticationContext authenticationContext;

    SignInPageClosedAfterSignIn(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> closeSignInPages(init.getUI()));
    }

    void closeSignInPages(UI signedInPage) {
        if (!authenticationContext.isAuthenticated()) {
            return;
        }
        signedInPage.getSession().getUIs().stream()
                .filter(ui -> ui != signedInPage && showsSignIn(ui))
                .forEach(UI::close);
    }

    private static boolean showsSignIn(UI ui) {
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.getFirst() instanceof LoginView;
    }
}
