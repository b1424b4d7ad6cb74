package org.guildhall.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.guildhall.identity.Role;
import org.guildhall.identity.RoleChangeEntry;

/** An immutable audit record of one staff role granted or revoked. */
@Entity
@Table(name = "role_change")
public class RoleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean granted;

    private String changedBy;

    private Instant changedAt;

    protected RoleChange() {
    }

    public RoleChange(Account account, Role role, boolean granted, String changedBy, Instant changedAt) {
        this.account = account;
        this.role = role;
        this.granted = granted;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public RoleChangeEntry toEntry() {
        return new RoleChangeEntry(account.fullName(), account.email(), role, granted, changedBy, changedAt);
    }
}
