package org.guildhall.bench;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF render times as a member sees them: signs in through the form, then GETs each PDF {@code --warmup} times
 * unrecorded and {@code --runs} times timed, one after another on an idle portal, and prints the median and p95 of
 * the round trip (loopback, so nearly all of it is the server rendering). By default the member's certificate and
 * the transcript of its current cycle, looked up in the database ({@code --db-url}); or the paths given.
 */
public final class PdfTiming {

    public static void main(String[] args) throws SQLException {
        var options = new Options(args);
        String user = options.text("user", "member@guildhall.example");
        List<String> paths = new ArrayList<>(options.positional());
        if (paths.isEmpty()) {
            paths.addAll(pathsOfCurrentCertification(options, user));
        }
        var metrics = new Metrics();
        var browser = new BrowserSession(BrowserSession.sharedClient(),
                URI.create(options.text("base", "http://127.0.0.1:8094")), metrics);
        browser.formSignIn(user, options.text("password", "guildhall-demo"));
        int warmup = options.integer("warmup", 10);
        int runs = options.integer("runs", 50);
        for (String path : paths) {
            BrowserSession.Response last = null;
            for (int i = 0; i < warmup; i++) {
                browser.get(path, "warm-up");
            }
            for (int i = 0; i < runs; i++) {
                last = browser.get(path, path);
            }
            String kind = last != null && last.body().startsWith("%PDF") ? "PDF" : "not a PDF";
            System.out.printf("%s  HTTP %d, %s, %d chars%n  %s%n", path, last == null ? 0 : last.status(), kind,
                    last == null ? 0 : last.body().length(), Percentiles.of(metrics.samples(path)));
        }
    }

    /** The certificate and the current cycle's transcript of the member's newest current certification. */
    private static List<String> pathsOfCurrentCertification(Options options, String user) throws SQLException {
        String url = options.text("db-url", System.getenv().getOrDefault("DB_URL", ""));
        if (url.isBlank()) {
            throw new IllegalArgumentException("give the PDF paths, or --db-url (or DB_URL) to look them up");
        }
        try (var db = DriverManager.getConnection(url, options.text("db-user", "root"),
                options.text("db-password", ""));
             var query = db.prepareStatement("""
                     SELECT c.id, c.cycle_number FROM certification c JOIN account a ON a.id = c.holder_account_id
                     WHERE a.email = ? AND c.lapsed_on IS NULL ORDER BY c.awarded_on DESC LIMIT 1""")) {
            query.setString(1, user);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException(user + " holds no current certification");
                }
                return List.of("/certificates/" + rows.getLong(1),
                        "/cpd-transcripts/" + rows.getLong(1) + "/" + rows.getInt(2));
            }
        }
    }
}
