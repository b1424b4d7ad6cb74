package org.guildhall.assessment;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelMember;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.Score;
import org.guildhall.assessment.domain.ScoreRepository;
import org.guildhall.assessment.domain.SecondMarking;
import org.guildhall.assessment.domain.SecondMarkingRepository;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.settings.Settings;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second marking (issue 20): while the setting is on, a panel seat held by an assessor whose calibration drift is
 * flagged needs a second marker, whom the registrar assigns (an assessor not on the panel, not flagged, without a
 * conflict with the candidate) and who confirms the flagged score with a note, before the chair's decision is
 * final. Flags are read when the decision is taken, so a recalibrated assessor no longer needs one.
 */
@Service
@Transactional(readOnly = true)
public class SecondMarkingService {

    private final SecondMarkingRepository markings;
    private final PanelRepository panels;
    private final ScoreRepository scores;
    private final PanelRecords records;
    private final PanelAppeals conflicts;
    private final DriftReader drift;
    private final Settings settings;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final Clock clock;

    /** How many matching assessors the registrar's marker picker offers at once. */
    private static final int MARKER_CHOICES = 20;

    SecondMarkingService(SecondMarkingRepository markings, PanelRepository panels, ScoreRepository scores,
            PanelRecords records, PanelAppeals conflicts, DriftReader drift, Settings settings,
            AccountService accounts, AccountDirectory directory, Clock clock) {
        this.directory = directory;
        this.markings = markings;
        this.panels = panels;
        this.scores = scores;
        this.records = records;
        this.conflicts = conflicts;
        this.drift = drift;
        this.settings = settings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The panel's seats that need a second marker today, each with its marking so far. */
    @PreAuthorize("hasAnyRole('" + Role.Names.ASSESSOR + "', '" + Role.Names.REGISTRAR + "')")
    public List<SecondMarkingSummary> onPanel(long panelId) {
        var panel = records.readable(panelId, accounts.currentAccount());
        var seats = flaggedSeats(panel);
        if (seats.isEmpty()) {
            return List.of();
        }
        var assigned = markings.findByPanelId(panelId).stream()
                .collect(Collectors.toMap(SecondMarking::flaggedAssessorAccountId, marking -> marking));
        var names = namesOf(List.of(panel), Stream.concat(seats.stream().map(PanelMember::assessorAccountId),
                assigned.values().stream().map(SecondMarking::markerAccountId)));
        return seats.stream().map(seat -> summary(panel, seat.assessorAccountId(),
                Optional.ofNullable(assigned.get(seat.assessorAccountId())), names)).toList();
    }

    /**
     * The second markings assigned to the signed-in assessor and not yet confirmed. Read on every visit to the
     * review queue, so without a transaction of its own (docs/decisions/constant-statement-lists.md): one query
     * when none is asked of them.
     */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SecondMarkingSummary> mine() {
        var mine = markings.findByMarkerAccountIdAndConfirmedAtIsNull(accounts.currentAccount().id());
        if (mine.isEmpty()) {
            return List.of();
        }
        var onPanels = panels.findAllById(mine.stream().map(SecondMarking::panelId).distinct().toList()).stream()
                .collect(Collectors.toMap(Panel::id, panel -> panel));
        var names = namesOf(onPanels.values(), mine.stream().flatMap(marking -> Stream.of(
                marking.flaggedAssessorAccountId(), marking.markerAccountId())));
        return mine.stream().map(marking -> summary(onPanels.get(marking.panelId()),
                marking.flaggedAssessorAccountId(), Optional.of(marking), names)).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void assign(long panelId, long flaggedAssessorId, long markerId) {
        var registrar = accounts.currentAccount();
        var panel = records.readable(panelId, registrar);
        panel.requireOpen();
        if (flaggedSeats(panel).stream().noneMatch(seat -> seat.assessorAccountId() == flaggedAssessorId)) {
            throw new AssessmentRefusedException("assessment.second-marking.not-flagged");
        }
        var marker = accounts.summaryOf(markerId);
        var exclusion = exclusion(panel, marker, drift.flaggedAmong(List.of(markerId)).contains(markerId),
                conflicts.conflictsBetween(List.of(markerId), panel.candidateAccountId()).get(markerId));
        if (exclusion != null) {
            throw new AssessmentRefusedException(exclusion);
        }
        try {
            markings.saveAndFlush(new SecondMarking(panelId, flaggedAssessorId, markerId, clock.instant()));
        } catch (DataIntegrityViolationException already) {
            throw new AssessmentRefusedException("assessment.second-marking.already-assigned");
        }
        records.record(panel, registrar, "Second marker assigned", records.nameOf(markerId) + " second-marks "
                + records.nameOf(flaggedAssessorId) + " (calibration drift beyond the threshold).");
    }

    /**
     * The assessors whose name or email matches, each with why they may not second-mark on this panel (on it,
     * flagged themselves, or in conflict with the candidate), for the registrar to choose from.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<MarkerOption> markerOptions(long panelId, String text) {
        var panel = records.readable(panelId, accounts.currentAccount());
        var assessors = accounts.searchWithRole(Role.ASSESSOR, text, Pageable.ofSize(MARKER_CHOICES)).stream()
                .toList();
        var ids = assessors.stream().map(AccountSummary::id).toList();
        var conflicted = conflicts.conflictsBetween(ids, panel.candidateAccountId());
        var flagged = drift.flaggedAmong(ids);
        return assessors.stream().map(assessor -> new MarkerOption(assessor.id(), assessor.fullName(),
                exclusion(panel, assessor, flagged.contains(assessor.id()),
                        conflicted.getOrDefault(assessor.id(), List.of())))).toList();
    }

    /** The flagged assessor's submitted score, for the second marker assigned to check it (empty until submitted). */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    public Optional<ScoreSheet> scoreToConfirm(long panelId, long flaggedAssessorId) {
        long me = accounts.currentAccount().id();
        markings.findByPanelIdAndFlaggedAssessorAccountId(panelId, flaggedAssessorId)
                .filter(m -> m.markerAccountId() == me).orElseThrow(() -> new PanelNotFoundException(panelId));
        return scores.findByPanelIdAndAssessorAccountId(panelId, flaggedAssessorId).filter(Score::isSubmitted)
                .map(Score::toSheet);
    }

    /** The second marker confirms the flagged score, once it is submitted, with a note for the panel's history. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void confirm(long panelId, long flaggedAssessorId, String note) {
        var me = accounts.currentAccount();
        var marking = markings.findByPanelIdAndFlaggedAssessorAccountId(panelId, flaggedAssessorId)
                .filter(m -> m.markerAccountId() == me.id())
                .orElseThrow(() -> new PanelNotFoundException(panelId));
        var panel = panels.findById(panelId).orElseThrow(() -> new PanelNotFoundException(panelId));
        panel.requireOpen();
        boolean submitted = scores.findByPanelIdAndAssessorAccountId(panelId, flaggedAssessorId)
                .filter(Score::isSubmitted).isPresent();
        if (!submitted) {
            throw new AssessmentRefusedException("assessment.second-marking.score-first");
        }
        String text = note.strip();
        if (text.isEmpty() || text.length() > SecondMarking.MAX_NOTE) {
            throw new AssessmentRefusedException(Text.of("assessment.second-marking.note-invalid",
                    SecondMarking.MAX_NOTE));
        }
        marking.confirm(text, clock.instant());
        markings.saveAndFlush(marking);
        records.record(panel, me, "Second marking confirmed", records.nameOf(flaggedAssessorId) + ": " + text);
    }

    /** Refuses a decision while a flagged seat lacks a confirmed second marking (the setting on). */
    void requireSecondMarked(Panel panel) {
        var seats = flaggedSeats(panel);
        if (seats.isEmpty()) {
            return;
        }
        var confirmed = markings.findByPanelId(panel.id()).stream().filter(SecondMarking::confirmed)
                .map(SecondMarking::flaggedAssessorAccountId).collect(Collectors.toSet());
        var names = namesOf(List.of(), seats.stream().map(PanelMember::assessorAccountId));
        var missing = seats.stream().map(PanelMember::assessorAccountId).filter(id -> !confirmed.contains(id))
                .map(id -> names.getOrDefault(id, "")).toList();
        if (!missing.isEmpty()) {
            throw new AssessmentRefusedException(Text.of("assessment.second-marking.pending",
                    String.join(", ", missing)));
        }
    }

    /** Why the account may not second-mark on the panel; null when they may. */
    private @Nullable Text exclusion(Panel panel, AccountSummary marker, boolean flagged, List<Text> conflicted) {
        if (!marker.has(Role.ASSESSOR)) {
            return Text.of("assessment.second-marking.marker-unfit", marker.fullName());
        }
        if (panel.activeSeatOf(marker.id()).isPresent()) {
            return Text.of("assessment.second-marking.marker-on-panel", marker.fullName());
        }
        if (flagged) {
            return Text.of("assessment.second-marking.marker-flagged", marker.fullName());
        }
        return conflicted.isEmpty() ? null : Text.of("assessment.second-marking.marker-conflicted",
                marker.fullName(), conflicted.getFirst());
    }

    private List<PanelMember> flaggedSeats(Panel panel) {
        if (settings.intToday(AssessmentSettings.SECOND_MARKING) == 0) {
            return List.of();
        }
        var flagged = drift.flaggedAmong(panel.activeMembers().stream().map(PanelMember::assessorAccountId).toList());
        return panel.activeMembers().stream().filter(seat -> flagged.contains(seat.assessorAccountId())).toList();
    }

    /** The names a list of markings shows: the panels' candidates and the people given, read in one query. */
    private Map<Long, String> namesOf(Collection<Panel> onPanels, Stream<Long> people) {
        return directory.namesOf(Stream.concat(onPanels.stream().map(Panel::candidateAccountId), people)
                .collect(Collectors.toSet()));
    }

    private SecondMarkingSummary summary(Panel panel, long flaggedId, Optional<SecondMarking> marking,
            Map<Long, String> names) {
        return new SecondMarkingSummary(panel.id(), names.getOrDefault(panel.candidateAccountId(), ""), flaggedId,
                names.getOrDefault(flaggedId, ""),
                marking.map(m -> names.getOrDefault(m.markerAccountId(), "")).orElse(null),
                marking.map(SecondMarking::confirmed).orElse(false), marking.map(SecondMarking::note).orElse(null));
    }
}
