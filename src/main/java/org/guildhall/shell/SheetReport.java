package org.guildhall.shell;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.jspecify.annotations.Nullable;

/**
 * The shape every list staff upload shares (an event's attendance sheet, a course roster): upload the file, read
 * its report line by line before anything changes, then apply the matched lines with one button; or see why the
 * file could not be read. The owning view says what the sheet means and what applying does. Ids start with the
 * view's prefix: {@code <prefix>-upload}, {@code <prefix>-report} and its {@code -summary}, {@code -problems} and
 * {@code -error}.
 */
public final class SheetReport extends Div {

    /** A line that needs attention, in the reader's language; {@code person} is who it matched, if anyone. */
    public record Problem(int lineNumber, String asWritten, @Nullable String person, String problem) {
    }

    /** The problems' column headings, in the reader's language; a null {@code person} leaves that column out. */
    public record Headings(String line, String asWritten, @Nullable String person, String problem) {
    }

    private final String prefix;
    private final Headings headings;

    public SheetReport(String prefix, Headings headings) {
        this.prefix = prefix;
        this.headings = headings;
        setId(prefix + "-report");
    }

    /**
     * The upload of the sheet ({@link SheetUpload}): {@code reader} reads it on the upload's request and returns
     * the change to the page; a refused or unreadable file is shown in this report.
     */
    public Upload upload(int maxBytes, Function<byte[], Runnable> reader, String unreadableKey) {
        return SheetUpload.create(prefix + "-upload", maxBytes, reader, this::showProblem, unreadableKey);
    }

    /** Replaces the report: its summary, then the lines that need attention (the grid hides when there are none). */
    public void show(String summary, List<Problem> problems) {
        removeAll();
        var paragraph = new Paragraph(summary);
        paragraph.setId(prefix + "-report-summary");
        add(paragraph, problemsGrid(problems));
    }

    /** Adds, under the report shown, the button that applies the sheet's matched lines. */
    public void offer(String buttonId, String label, Runnable apply) {
        var button = new Button(label, click -> apply.run());
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
    }

    /** Replaces the report with why the file as a whole could not be read. */
    public void showProblem(String message) {
        removeAll();
        var problem = new Paragraph(message);
        problem.setId(prefix + "-report-error");
        problem.addClassName("gh-form-problem");
        add(problem);
    }

    private Grid<Problem> problemsGrid(List<Problem> problems) {
        var grid = new Grid<Problem>();
        grid.setId(prefix + "-report-problems");
        grid.addColumn(Problem::lineNumber).setHeader(headings.line()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Problem::asWritten).setHeader(headings.asWritten()).setAutoWidth(true);
        if (headings.person() != null) {
            grid.addColumn(row -> row.person() == null ? "" : row.person()).setHeader(headings.person())
                    .setAutoWidth(true);
        }
        grid.addColumn(Problem::problem).setHeader(headings.problem()).setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(true);
        grid.setVisible(!problems.isEmpty());
        return grid;
    }
}
