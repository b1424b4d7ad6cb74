package org.guildhall.shell;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.guildhall.platform.ReadOnlyRequests;
import org.springframework.stereotype.Component;

/**
 * Runs each Vaadin request that builds or updates views (the first load of a page and every UIDL round trip) in
 * one read-only transaction ({@link ReadOnlyRequests}). Downloads and uploads (under {@code /VAADIN/}), heartbeats
 * and push are left out: they read little or stream for long, and should not hold a connection meanwhile.
 */
@Component
class ReadOnlyRequestInstaller implements VaadinServiceInitListener {

    private static final String REQUEST = ReadOnlyRequests.Request.class.getName();

    private final ReadOnlyRequests requests;

    ReadOnlyRequestInstaller(ReadOnlyRequests requests) {
        this.requests = requests;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new ReadOnlyTransactionPerRequest(requests));
    }

    private record ReadOnlyTransactionPerRequest(ReadOnlyRequests requests) implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            if (buildsViews(request)) {
                request.setAttribute(REQUEST, requests.begin());
            }
        }

        /** A UIDL round trip, the start of a page, or the page load that may render its first view. */
        private static boolean buildsViews(VaadinRequest request) {
            if (HandlerHelper.isRequestType(request, RequestType.UIDL)
                    || HandlerHelper.isRequestType(request, RequestType.INIT)) {
                return true;
            }
            String path = request.getPathInfo();
            return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                    && (path == null || !path.startsWith("/VAADIN/"));
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception exception) {
            end(request, true);
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            end(request, false);
        }

        private static void end(VaadinRequest request, boolean failed) {
            if (request.getAttribute(REQUEST) instanceof ReadOnlyRequests.Request begun) {
                request.removeAttribute(REQUEST);
                begun.end(failed);
            }
        }
    }
}
