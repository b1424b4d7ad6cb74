package org.guildhall.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Vaadin Flow 25 UI (a browser tab) spoken to as Chromium does, learnt from the recording in
 * {@code /work/shared/perf/lib/flow.mjs}: the page bootstrap ({@code ?v-r=init}), UIDL messages
 * ({@code POST ?v-r=uidl&v-uiId=N} with the Vaadin security key, syncId and clientId), client-side navigation
 * ({@code ui-navigate} on the UI node), and the follow-ups the browser sends after a response: the property syncs of
 * components just attached and one {@code confirmUpdate} per grid data update. It keeps as much of the node tree as
 * it needs: each node's tag, attributes and event listeners.
 */
final class FlowUi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What Chromium sends right after the server attaches these components (recorded on Vaadin 25.2.5). */
    private record FollowUp(List<String> events, Map<String, Boolean> syncs) {
    }

    private static final Map<String, FollowUp> FOLLOW_UPS = Map.of(
            "vaadin-login-form", new FollowUp(List.of("error-changed"), Map.of("error", false)),
            "vaadin-app-layout", new FollowUp(List.of("primary-section-changed", "drawer-opened-changed",
                    "overlay-changed"), Map.of("drawerOpened", true, "overlay", false)),
            "vaadin-side-nav", new FollowUp(List.of("collapsed-changed"), Map.of("collapsed", false)),
            "vaadin-side-nav-item", new FollowUp(List.of("expanded-changed"), Map.of("expanded", false)),
            "vaadin-select", new FollowUp(List.of("opened-changed", "value-changed"), Map.of()),
            "vaadin-checkbox-group", new FollowUp(List.of("value-changed"), Map.of()),
            "vaadin-checkbox", new FollowUp(List.of("checked-changed", "indeterminate-changed"), Map.of()));

    private static final String BROWSER_DETAILS = "v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED"
            + "&v-ws=false";

    private static final class Node {
        String tag;
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Set<String> listeners = new HashSet<>();
    }

    private final BrowserSession browser;
    private final int uiId;
    private final String securityKey;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private JsonNode lastExecute = JSON.createArrayNode();

    private FlowUi(BrowserSession browser, JsonNode appConfig) {
        this.browser = browser;
        this.uiId = appConfig.path("v-uiId").asInt();
        JsonNode uidl = appConfig.path("uidl");
        this.securityKey = uidl.path("Vaadin-Security-Key").asString();
        this.syncId = uidl.path("syncId").asInt(0);
        this.clientId = uidl.path("clientId").asInt(0);
        apply(uidl);
    }

    /** Loads a page as the browser does (its HTML, then {@code ?v-r=init}); returns the UI and the page's HTML. */
    static Page open(BrowserSession browser, String location, String query, String label) {
        var page = browser.get("/" + location + (query.isEmpty() ? "" : "?" + query), label + " page");
        expectOk(page, label + " page");
        var init = browser.get("/?v-r=init&location=" + BrowserSession.encode(location) + "&query="
                + BrowserSession.encode(query) + "&" + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis()
                + "&v-wn=v-" + ThreadLocalRandom.current().nextLong(), label + " init");
        expectOk(init, label + " init");
        return new Page(new FlowUi(browser, parse(init.body(), label + " init").path("appConfig")), page.body());
    }

    record Page(FlowUi ui, String html) {
    }

    /**
     * Signs in as a browser does: {@code GET /} (redirected to the login page), the login view's own UI, the form
     * POST with the page's CSRF token, then the page it lands on, navigated to. Returns the signed-in UI on Home.
     */
    static FlowUi signIn(BrowserSession browser, String user, String password) {
        var first = browser.get("/", "GET / (anonymous)");
        if (first.status() != 302 && first.status() != 200) {
            throw new FlowException("http-" + first.status(), "GET / (anonymous): HTTP " + first.status());
        }
        var login = open(browser, "login", "", "login");
        login.ui().navigate("/login", "", "", null, "nav /login");
        URI target = browser.postLoginForm(login.html(), user, password);
        String path = target.getPath().replaceFirst("^/", "");
        String query = target.getRawQuery() == null ? "" : target.getRawQuery();
        FlowUi ui = open(browser, path, query, "home").ui();
        ui.navigate(path.isEmpty() ? "/" : path, query, "", path.isEmpty() ? "home" : null, "nav / (after sign-in)");
        return ui;
    }

    /**
     * Client-side navigation, as a click on a side-navigation item: one {@code ui-navigate}, then the follow-ups.
     * Fails when the view's element id did not arrive. Returns the milliseconds the whole exchange took.
     */
    double navigate(String route, String query, String trigger, String expectedId, String label) {
        ObjectNode historyState = JSON.createObjectNode();
        if (historyIndex > 0) {
            historyState.putNull("usr");
            historyState.put("key", Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        }
        historyState.put("idx", historyIndex++);
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", trigger);
        data.set("historyState", historyState);
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        long started = System.nanoTime();
        sendWithFollowUps(JSON.createArrayNode().add(event), label);
        double millis = (System.nanoTime() - started) / 1e6;
        if (expectedId != null && !hasElementId(expectedId)) {
            throw new FlowException("view-missing", label + ": element #" + expectedId + " not shown; ids shown: "
                    + shownIds());
        }
        return millis;
    }

    private void sendWithFollowUps(ArrayNode rpc, String label) {
        List<Integer> attached = send(rpc, label);
        for (int round = 0; round < 3; round++) {
            ArrayNode next = followUps(attached);
            if (next.isEmpty()) {
                return;
            }
            attached = send(next, label + " follow-up");
        }
    }

    /** One UIDL round trip; returns the ids of the nodes it attached. */
    private List<Integer> send(ArrayNode rpc, String label) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        var response = browser.post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8",
                JSON.writeValueAsString(message), label);
        expectOk(response, label);
        String body = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode uidl = parse(body, label);
        if (uidl.isArray()) {
            uidl = uidl.path(0);
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            throw new FlowException("resynchronize", label + ": the server asked to resynchronize");
        }
        return apply(uidl);
    }

    /** Applies a response to the node tree and the message counters; returns the ids of attached nodes. */
    private List<Integer> apply(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new FlowException("session-expired", "session expired");
        }
        if (meta.has("appError")) {
            throw new FlowException("app-error", meta.path("appError").toString());
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        var attached = new ArrayList<Integer>();
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString("");
            if (type.equals("attach")) {
                nodes.put(id, new Node());
                attached.add(id);
                continue;
            }
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.get(id);
            if (node != null) {
                applyChange(node, type, change.path("feat").asInt(-1), change.path("key").asString(""), change);
            }
        }
        lastExecute = uidl.path("execute");
        return attached;
    }

    private static void applyChange(Node node, String type, int feature, String key, JsonNode change) {
        // Features as numbered by Flow's NodeFeatureRegistry: 0 element data (tag), 3 attributes, 4 listeners.
        switch (type) {
            case "put" -> {
                if (feature == 0 && key.equals("tag")) {
                    node.tag = change.path("value").asString("");
                } else if (feature == 3) {
                    node.attributes.put(key, change.path("value"));
                } else if (feature == 4) {
                    node.listeners.add(key);
                }
            }
            case "remove" -> {
                if (feature == 3) {
                    node.attributes.remove(key);
                } else if (feature == 4) {
                    node.listeners.remove(key);
                }
            }
            case "clear" -> {
                if (feature == 3) {
                    node.attributes.clear();
                } else if (feature == 4) {
                    node.listeners.clear();
                }
            }
            default -> {
                // splices, property maps and the rest do not change what this client answers
            }
        }
    }

    /** What the browser sends after a response: its property syncs for new components, grid confirmations. */
    private ArrayNode followUps(List<Integer> attached) {
        ArrayNode events = JSON.createArrayNode();
        ArrayNode syncs = JSON.createArrayNode();
        for (int id : attached.stream().sorted(Comparator.reverseOrder()).toList()) {
            Node node = nodes.get(id);
            FollowUp rule = node == null || node.tag == null ? null : FOLLOW_UPS.get(node.tag);
            if (rule == null) {
                continue;
            }
            for (String event : rule.events()) {
                if (node.listeners.contains(event)) {
                    var sent = events.addObject().put("type", "event").put("node", id).put("event", event);
                    sent.putObject("data");
                }
            }
            rule.syncs().forEach((property, value) -> syncs.addObject().put("type", "mSync").put("node", id)
                    .put("feature", 1).put("property", property).put("value", value));
        }
        ArrayNode all = JSON.createArrayNode().addAll(events).addAll(syncs);
        for (JsonNode invocation : lastExecute) {
            JsonNode script = invocation.path(invocation.size() - 1);
            JsonNode target = invocation.path(0).path("@v-node");
            if (script.isString() && script.asString().contains("$connector.confirm(") && !target.isMissingNode()) {
                var confirm = all.addObject().put("type", "publishedEventHandler").put("node", target.asInt())
                        .put("templateEventMethodName", "confirmUpdate");
                confirm.putArray("templateEventMethodArgs").add(invocation.path(1));
                confirm.put("promise", promise++);
            }
        }
        return all;
    }

    private List<String> shownIds() {
        return nodes.values().stream().map(node -> node.attributes.get("id"))
                .filter(id -> id != null && id.isString()).map(JsonNode::asString).sorted().limit(20).toList();
    }

    private boolean hasElementId(String id) {
        return nodes.values().stream().anyMatch(node -> {
            JsonNode value = node.attributes.get("id");
            return value != null && value.isString() && value.asString().equals(id);
        });
    }

    private static JsonNode parse(String body, String label) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new FlowException("bad-json", label + ": not JSON: "
                    + body.substring(0, Math.min(120, body.length())));
        }
    }

    private static void expectOk(BrowserSession.Response response, String label) {
        if (response.status() != 200) {
            throw new FlowException("http-" + response.status(), label + ": HTTP " + response.status());
        }
    }
}
