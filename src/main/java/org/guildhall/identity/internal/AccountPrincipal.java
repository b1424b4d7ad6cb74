package org.guildhall.identity.internal;

import java.util.Collection;
import java.util.List;

import org.guildhall.shell.PortalUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them; the username is the account's email. */
record AccountPrincipal(String email, String displayName, String passwordHash, List<String> roleNames,
        boolean locked) implements UserDetails, PortalUser {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roleNames.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
