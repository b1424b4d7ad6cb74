package org.guildhall.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.guildhall.identity.MyAccountService;
import org.guildhall.shell.DatabaseOutage;
import org.springframework.stereotype.Component;

/**
 * A signed-in person sees the portal in the language they chose in their profile, whatever their browser asks for;
 * without a choice, the browser's language (matched by Vaadin to a supported one when the session began, as
 * {@code Languages.match} does) stays. Looked up once per person and session, at the first page after sign-in.
 */
@Component
class ChosenLanguageOnSignIn implements VaadinServiceInitListener {

    static final String APPLIED_FOR = ChosenLanguageOnSignIn.class.getName() + ".appliedFor";

    private final AuthenticationContext authenticationContext;
    private final MyAccountService myAccount;

    ChosenLanguageOnSignIn(AuthenticationContext authenticationContext, MyAccountService myAccount) {
        this.authenticationContext = authenticationContext;
        this.myAccount = myAccount;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    void apply(UI ui) {
        var signedIn = authenticationContext.getPrincipalName();
        var session = ui.getSession();
        if (signedIn.isEmpty() || signedIn.get().equals(session.getAttribute(APPLIED_FOR))) {
            return;
        }
        try {
            myAccount.currentLanguage().ifPresent(language -> {
                session.setLocale(language);
                ui.setLocale(language);
            });
            session.setAttribute(APPLIED_FOR, signedIn.get());
        } catch (RuntimeException failure) {
            // With the database out of reach the page still opens, in the browser's language; the next page asks again.
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
        }
    }
}
