package org.nj12320.bulletin.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A headless Chromium driven through its DevTools protocol, over the JDK's own WebSocket client: enough to
 * open a page, run a line of script in it and take a screenshot. Where no Chromium is installed the test that
 * asks for one is skipped, saying so; CI installs Debian's.
 */
public final class Chromium implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process) {
        this.process = process;
    }

    /** Starts a browser with a profile of its own in the folder, or skips the test when there is none. */
    public static Chromium start(Path profile) throws Exception {
        String exe = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(exe)), "no Chromium at " + exe + ": this test is skipped");
        // Chromium keeps its lock socket in a folder of the system's temporary files, linked from the
        // profile: given one beside the profile, it goes with the test's folder instead of staying behind.
        Path tmp = Files.createDirectories(profile.resolveSibling(profile.getFileName() + "-tmp"));
        ProcessBuilder command = new ProcessBuilder(
                        exe,
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,1600",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile());
        command.environment().put("TMPDIR", tmp.toString());
        Process p = command.start();
        Path active = profile.resolve("DevToolsActivePort");
        long end = System.nanoTime() + WAIT.toNanos();
        while (!Files.exists(active) || Files.readAllLines(active).size() < 2) {
            if (System.nanoTime() > end || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException(
                        "Chromium did not start; see " + profile.resolveSibling("chromium.log"));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(active).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String ws = pageSocket(list);
        Chromium c = new Chromium(p);
        c.socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(ws), c.listener())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return c;
    }

    private WebSocket.Listener listener() {
        StringBuilder partial = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    reply(message);
                }
                ws.request(1);
                return null;
            }
        };
    }

    private void reply(String message) {
        Integer id = number(message, "id");
        if (id != null && pending.containsKey(id)) {
            pending.remove(id).complete(message);
        }
    }

    /** Sends a command with its parameters as JSON; the reply as JSON. */
    public String send(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String r = f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (r.contains("\"error\":{")) {
            throw new IllegalStateException(method + ": " + r);
        }
        return r;
    }

    public void navigate(String url) throws Exception {
        send("Page.navigate", "{\"url\":" + json(url) + "}");
    }

    /** Runs a script expression in the page; its value as text. */
    public String eval(String expression) throws Exception {
        String r = send(
                "Runtime.evaluate",
                "{\"expression\":" + json(expression) + ",\"returnByValue\":true,\"awaitPromise\":true}");
        return value(r);
    }

    /** Waits until a script expression is true in the page. */
    public void await(String what, String condition) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!"true".equals(eval("Boolean(" + condition + ")"))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the page did not come to show " + what + ": " + condition);
            }
            Thread.sleep(50);
        }
    }

    /**
     * Lays the page out as a screen of this width (a phone's, with {@code mobile}: its viewport meta followed,
     * its text not scaled). Headless Chromium's own window is never narrower than 500 px.
     */
    public void viewport(int width, int height, boolean mobile) throws Exception {
        send(
                "Emulation.setDeviceMetricsOverride",
                "{\"width\":" + width + ",\"height\":" + height + ",\"deviceScaleFactor\":1,\"mobile\":" + mobile
                        + "}");
    }

    /** A screenshot of the whole page, beyond what the screen shows, as PNG. */
    public byte[] wholePage() throws Exception {
        String size =
                eval("JSON.stringify([document.documentElement.scrollWidth, document.documentElement.scrollHeight])");
        String[] wh = size.replaceAll("[\\[\\]\"]", "").split(",");
        String r = send(
                "Page.captureScreenshot",
                "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":{\"x\":0,\"y\":0,\"width\":" + wh[0]
                        + ",\"height\":" + wh[1] + ",\"scale\":1}}");
        return Base64.getDecoder().decode(field(r, "data"));
    }

    /**
     * Writes the whole page as PNG into {@code target/web/} under the name given, to be looked at, when the tests
     * run with {@code -Dweb.shots=true}: a screenshot of a long page takes Chromium a second, and nothing is
     * asserted of it.
     */
    public void keepWholePage(String name) throws Exception {
        if (Boolean.getBoolean("web.shots")) {
            Path shots = Files.createDirectories(Path.of("target", "web"));
            Files.write(shots.resolve(name), wholePage());
        }
    }

    /** A screenshot of what the page shows, as PNG. */
    public byte[] screenshot() throws Exception {
        String r = send("Page.captureScreenshot", "{\"format\":\"png\"}");
        return Base64.getDecoder().decode(field(r, "data"));
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        // killed at once, with its helpers (renderers, the crash handler), which write into the profile until
        // they end: all of them are waited for, so that the test's folder can be deleted after. Asked to end,
        // the browser took two seconds to put its profile in order, which the test throws away.
        List<ProcessHandle> all =
                new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            for (ProcessHandle h : all) {
                h.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Chromium did not end", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the little JSON these messages need, read with Jackson's streaming parser

    private static final JsonFactory JSON = new JsonFactory();

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String pageSocket(String list) throws IOException {
        List<String[]> targets = new ArrayList<>();
        try (JsonParser p = JSON.createParser(list)) {
            String type = null;
            String ws = null;
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("type")) {
                        type = p.getText();
                    } else if (name.equals("webSocketDebuggerUrl")) {
                        ws = p.getText();
                    }
                } else if (p.currentToken() == JsonToken.END_OBJECT && ws != null) {
                    targets.add(new String[] {type, ws});
                    type = null;
                    ws = null;
                }
            }
        }
        return targets.stream()
                .filter(t -> "page".equals(t[0]))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no page in " + list))[1];
    }

    private static Integer number(String json, String field) {
        String v = field(json, field);
        return v == null ? null : Integer.valueOf(v);
    }

    /** The first value of a field, anywhere in the message, as text. */
    static String field(String json, String field) {
        try (JsonParser p = JSON.createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals(field)) {
                    JsonToken t = p.nextToken();
                    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? null : p.getText();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** The value of an evaluation: {"result":{"result":{"type":…,"value":…}}}. */
    private static String value(String reply) {
        try (JsonParser p = JSON.createParser(reply)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("value")) {
                    p.nextToken();
                    return p.getText();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
