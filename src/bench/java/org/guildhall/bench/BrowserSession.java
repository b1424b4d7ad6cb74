package org.guildhall.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's cookies over the shared HTTP client: requests carry them and take the ones the server sets, and
 * each round trip is timed into the run's metrics under its label. Redirects are not followed (sign-in reads them).
 */
final class BrowserSession {

    record Response(int status, String body, String location) {
    }

    private final HttpClient http;
    private final URI base;
    private final Metrics metrics;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    BrowserSession(HttpClient http, URI base, Metrics metrics) {
        this.http = http;
        this.base = base;
        this.metrics = metrics;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    URI base() {
        return base;
    }

    Response get(String path, String label) {
        return send(request(path).GET(), label);
    }

    Response post(String path, String contentType, String body, String label) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), label);
    }

    /** Signs in through the form only (no Vaadin UI): enough for plain GETs such as the PDFs. */
    void formSignIn(String user, String password) {
        postLoginForm(get("/login", "GET /login").body(), user, password);
    }

    /**
     * Posts the login form with the CSRF token of the login page's meta tags, as the page's script does; returns
     * where the portal sends the signed-in user.
     */
    URI postLoginForm(String loginPageHtml, String user, String password) {
        String form = "%s=%s&username=%s&password=%s".formatted(
                encode(meta(loginPageHtml, "_csrf_parameter", "_csrf")), encode(meta(loginPageHtml, "_csrf", null)),
                encode(user), encode(password));
        Response posted = post("/login", "application/x-www-form-urlencoded", form, "POST /login");
        if (posted.status() != 302 || posted.location() == null || posted.location().contains("error")) {
            throw new FlowException("login-refused",
                    "sign-in of " + user + " refused (" + posted.status() + " " + posted.location() + ")");
        }
        return base.resolve(posted.location());
    }

    /** The content of a {@code <meta name=...>} tag of a page (Spring Security's CSRF token is in one). */
    private static String meta(String html, String name, String fallback) {
        var matcher = Pattern.compile("<meta[^>]*name=\"" + name + "\"[^>]*content=\"([^\"]*)\"").matcher(html);
        if (matcher.find()) {
            return matcher.group(1);
        }
        if (fallback == null) {
            throw new FlowException("no-" + name, "the page has no <meta name=\"" + name + "\">");
        }
        return fallback;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "guildhall-bench-uidl-client").header("Accept", "*/*");
        synchronized (cookies) {
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request, String label) {
        long startedAt = System.currentTimeMillis();
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FlowException("network", label + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlowException("interrupted", label);
        }
        metrics.record(label, (System.nanoTime() - started) / 1e6, startedAt);
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            synchronized (cookies) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return new Response(response.statusCode(), response.body(),
                response.headers().firstValue("location").orElse(null));
    }
}
