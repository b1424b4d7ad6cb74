package org.guildhall.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, with HTTP 403, when a signed-in person opens a page their roles do not allow (for example a member who
 * types a registrar's address). The server refuses the view; this page only explains it.
 */
@PageTitle("shell.access-denied.title")
@PermitAll
public final class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        setId("access-denied");
        addClassName("gh-page");
        add(new H2(getTranslation("shell.access-denied.heading")),
                new Paragraph(getTranslation("shell.access-denied.text")),
                new Anchor("", getTranslation("shell.back-home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
