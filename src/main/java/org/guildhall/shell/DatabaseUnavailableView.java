package org.guildhall.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page that could not be opened because the database is out of reach says so, instead of the framework's
 * exception page. Vaadin picks an error view by the exact class of an exception in the cause chain, hence one view
 * per class a service call raises: {@link CannotCreateTransactionException} from a transactional service, and
 * {@link DataAccessResourceFailureException} ({@link ForDataAccess}) from a plain repository or JDBC call.
 */
@PageTitle("shell.database.title")
@AnonymousAllowed
public class DatabaseUnavailableView extends VerticalLayout
        implements HasErrorParameter<CannotCreateTransactionException> {

    public DatabaseUnavailableView() {
        setId("database-unavailable");
        addClassName("gh-page");
        var message = new Paragraph(Translated.text(DatabaseOutage.REASON));
        message.setId("database-unavailable-message");
        add(new H2(getTranslation("shell.database.title")), message,
                new Anchor("", getTranslation("shell.database.reload")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /** The same page for a repository or JDBC call that found no connection. */
    @PageTitle("shell.database.title")
    @AnonymousAllowed
    public static final class ForDataAccess extends VerticalLayout
            implements HasErrorParameter<DataAccessResourceFailureException> {

        public ForDataAccess() {
            add(new DatabaseUnavailableView());
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<DataAccessResourceFailureException> parameter) {
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
    }
}
