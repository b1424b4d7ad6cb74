package org.guildhall.identity.internal;

import java.util.Optional;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose web request is being served (as the servlet container reports it, so behind a
 * proxy it relies on {@code server.forward-headers-strategy}); empty outside a web request, where no per-client
 * limit applies.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Optional.ofNullable(request.getRequest().getRemoteAddr())
                : Optional.empty();
    }
}
