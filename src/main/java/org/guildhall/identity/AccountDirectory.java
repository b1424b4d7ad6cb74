package org.guildhall.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.identity.domain.AccountRows;
import org.guildhall.platform.Languages;
import org.guildhall.identity.domain.RoleChangeRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Accounts for lists: names of many accounts in one batch ({@link #namesOf}) instead of one lookup a row, and
 * the admin's people and role-change grids a page at a time. Two queries at most per call and no transaction of
 * their own (docs/decisions/constant-statement-lists.md).
 */
@Service
@NamedInterface("api")
public class AccountDirectory {

    private final AccountRows rows;
    private final RoleChangeRepository roleChanges;

    AccountDirectory(AccountRows rows, RoleChangeRepository roleChanges) {
        this.rows = rows;
        this.roleChanges = roleChanges;
    }

    /** Full names by account id, in one query whatever the number; for lists in other modules. */
    public Map<Long, String> namesOf(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of()
                : rows.namesOf(Set.copyOf(accountIds)).stream()
                        .collect(Collectors.toMap(AccountRows.Name::id, AccountRows.Name::fullName));
    }

    /**
     * The language each account reads emails and PDFs in, by id, in one query: the one chosen in the profile,
     * English for an account that chose none (or is unknown).
     */
    public Map<Long, Locale> languagesOf(Collection<Long> accountIds) {
        var languages = new HashMap<Long, Locale>();
        accountIds.forEach(id -> languages.put(id, Languages.ENGLISH));
        if (!accountIds.isEmpty()) {
            rows.languagesOf(Set.copyOf(accountIds))
                    .forEach(row -> languages.put(row.id(), Languages.fromTag(row.tag())));
        }
        return languages;
    }

    /** The language one account reads emails and PDFs in (see {@link #languagesOf}). */
    public Locale languageOf(long accountId) {
        return languagesOf(List.of(accountId)).get(accountId);
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<AccountSummary> search(String text, Pageable page) {
        return withRoles(rows.matching(searchText(text), page));
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countMatching(String text) {
        return rows.countMatching(searchText(text));
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<RoleChangeEntry> roleChanges(Pageable page) {
        return roleChanges.newestFirst(page);
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countRoleChanges() {
        return roleChanges.count();
    }

    private List<AccountSummary> withRoles(List<AccountRows.Row> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        rows.rolesOf(page.stream().map(AccountRows.Row::id).toList()).forEach(holding -> roles
                .computeIfAbsent(holding.accountId(), id -> EnumSet.noneOf(Role.class)).add(holding.role()));
        return page.stream().map(row -> new AccountSummary(row.id(), row.email(), row.fullName(),
                Set.copyOf(roles.getOrDefault(row.id(), Set.of())), row.createdAt())).toList();
    }

    private static String searchText(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }
}
