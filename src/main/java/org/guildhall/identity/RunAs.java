package org.guildhall.identity;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Work done as a named person on this thread, who is then signed out again in favour of whoever was signed in
 * before: for start-up work (the demo data) that goes through the services and their authorisation, not round them.
 */
@NamedInterface("api")
public final class RunAs {

    private RunAs() {
    }

    public static <T> T call(String email, Collection<Role> roles, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                email, null, roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String email, Role role, Runnable work) {
        call(email, List.of(role), () -> {
            work.run();
            return null;
        });
    }
}
