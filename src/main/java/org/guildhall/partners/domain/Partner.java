package org.guildhall.partners.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A certification partner (seed 002: an organisation offering the institute's programmes) as the registrar records
 * it, with the accounts of the people who act for it: they register its courses and upload their rosters.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private Instant recordedAt;

    private String recordedBy;

    @ElementCollection
    @CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "account_id")
    private Set<Long> contacts = new LinkedHashSet<>();

    protected Partner() {
    }

    public Partner(String name, Set<Long> contacts, Instant now, String recordedBy) {
        this.name = name;
        this.contacts.addAll(contacts);
        this.recordedAt = now;
        this.recordedBy = recordedBy;
    }

    public boolean isContact(long accountId) {
        return contacts.contains(accountId);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Set<Long> contacts() {
        return Set.copyOf(contacts);
    }
}
