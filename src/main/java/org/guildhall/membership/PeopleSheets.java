package org.guildhall.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.membership.SheetEntry.Match;
import org.guildhall.membership.domain.MembershipRepository;
import org.guildhall.membership.domain.PeopleSheet;
import org.guildhall.shared.ForOtherModules;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a list of people staff upload (an event's attendance sheet, a partner course's roster) and finds whom each
 * line names, by member number or email, flagging lines that name nobody and people named twice. The calling
 * module authorises its caller and decides what a found person's line does.
 */
@Service
@ForOtherModules
@NamedInterface("api")
@Transactional(readOnly = true)
public class PeopleSheets {

    private final MembershipRepository memberships;
    private final AccountService accounts;

    PeopleSheets(MembershipRepository memberships, AccountService accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /**
     * Every non-blank line of the file with whom it names. The file as a whole is refused
     * ({@link PeopleSheetRefusedException}) when it is not UTF-8 text, has no rows or more than {@code maxRows}.
     */
    public List<SheetEntry> read(byte[] content, int maxRows) {
        var sheet = PeopleSheet.read(content, maxRows);
        var entries = new ArrayList<SheetEntry>();
        var seen = new HashSet<Long>();
        Map<String, Optional<AccountSummary>> found = new HashMap<>();
        for (var line : sheet.lines()) {
            if (line.kind() == PeopleSheet.Kind.UNREADABLE) {
                entries.add(new SheetEntry(line.lineNumber(), line.value(), Match.UNREADABLE, null));
                continue;
            }
            var person = found.computeIfAbsent(PeopleSheet.normalised(line), key -> find(line, key));
            if (person.isEmpty()) {
                entries.add(new SheetEntry(line.lineNumber(), line.value(), Match.UNKNOWN_PERSON, null));
                continue;
            }
            var match = seen.add(person.get().id()) ? Match.FOUND : Match.DUPLICATE;
            entries.add(new SheetEntry(line.lineNumber(), line.value(), match, person.get()));
        }
        return entries;
    }

    private Optional<AccountSummary> find(PeopleSheet.Line line, String identifier) {
        if (line.kind() == PeopleSheet.Kind.MEMBER_NUMBER) {
            return memberships.findByMemberNumber(identifier).map(member -> accounts.summaryOf(member.accountId()));
        }
        return accounts.findByEmail(identifier);
    }
}
