package org.guildhall.shell;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.guildhall.platform.ReadOnlyRequests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Issue 15: the Vaadin requests that build or update views run as one read-only request (first load of a page,
 * UIDL round trips); downloads, uploads and heartbeats do not, so they never hold a connection while streaming.
 */
class ReadOnlyRequestInstallerTest {

    ReadOnlyRequests requests = mock(ReadOnlyRequests.class);
    ReadOnlyRequests.Request begun = mock(ReadOnlyRequests.Request.class);
    VaadinRequestInterceptor interceptor = installed();

    @Test
    void a_uidl_round_trip_is_one_request_ended_once_even_when_it_fails() {
        var request = request("POST", "/", "uidl");

        interceptor.requestStart(request, mock(VaadinResponse.class));
        interceptor.handleException(request, mock(VaadinResponse.class), mock(VaadinSession.class),
                new IllegalStateException("a view failed"));
        interceptor.requestEnd(request, mock(VaadinResponse.class), mock(VaadinSession.class));

        verify(requests).begin();
        verify(begun, times(1)).end(true);
        verify(begun, never()).end(false);
    }

    @Test
    void loading_a_page_is_one_request() {
        var request = request("GET", "/cpd", null);

        interceptor.requestStart(request, mock(VaadinResponse.class));
        interceptor.requestEnd(request, mock(VaadinResponse.class), mock(VaadinSession.class));

        verify(begun).end(false);
    }

    @Test
    void downloads_uploads_and_heartbeats_are_not() {
        for (var request : new VaadinRequest[] {request("GET", "/VAADIN/dynamic/resource/1/abc/certificate.pdf", null),
                request("POST", "/VAADIN/dynamic/resource/1/def/upload", null), request("POST", "/", "heartbeat")}) {
            interceptor.requestStart(request, mock(VaadinResponse.class));
            interceptor.requestEnd(request, mock(VaadinResponse.class), mock(VaadinSession.class));
        }

        verify(requests, never()).begin();
    }

    private VaadinRequestInterceptor installed() {
        when(requests.begin()).thenReturn(begun);
        var event = new ServiceInitEvent(mock(VaadinService.class));
        new ReadOnlyRequestInstaller(requests).serviceInit(event);
        return event.getAddedVaadinRequestInterceptor().findFirst().orElseThrow();
    }

    private static VaadinRequest request(String method, String path, @Nullable String type) {
        var request = mock(VaadinRequest.class);
        Map<String, Object> attributes = new HashMap<>();
        when(request.getMethod()).thenReturn(method);
        when(request.getPathInfo()).thenReturn(path);
        when(request.getParameter("v-r")).thenReturn(type);
        when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1))).when(request)
                .setAttribute(anyString(), any());
        doAnswer(call -> attributes.remove(call.<String>getArgument(0))).when(request).removeAttribute(anyString());
        return request;
    }
}
