package org.nj12320.bulletin.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the preview to this machine alone: it listens on the loopback address only, refuses a request whose
 * {@code Host} is not that address (a page of another site cannot reach it through a name that points here),
 * answers GET and HEAD only, and serves nothing but its own page, its script and style, the state, the page
 * images of the last build, its web edition when it was made, and the stream of events that tells the page
 * a rebuild has finished. No path reaches a file: the page's files are resources of the jar, the images and
 * the web edition are held in memory.
 */
public final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html",
            "/preview.css", "preview.css",
            "/preview.js", "preview.js");
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "preview.css", "text/css; charset=utf-8",
            "preview.js", "text/javascript; charset=utf-8");
    /** How often an open stream of events is kept alive, and a closed one found out. */
    private static final long HEARTBEAT_MS = 15_000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Object lock = new Object();
    private volatile PreviewState state = PreviewState.EMPTY;
    private volatile Map<String, byte[]> images = Map.of();
    private volatile byte[] web;
    private volatile boolean closed;

    /** Starts serving on a free port of the loopback address, or on the port given. */
    public PreviewServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bulletin-preview");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address the preview is served at. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Shows a new state, with the images of its pages by digest and its web edition (null without one), and
     * tells the open pages.
     */
    public void publish(PreviewState next, Map<String, byte[]> pageImages, byte[] webEdition) {
        synchronized (lock) {
            images = Map.copyOf(pageImages);
            web = webEdition;
            state = next;
            lock.notifyAll();
        }
    }

    public PreviewState state() {
        return state;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!fromHere(ex)) {
                send(ex, 403, "text/plain; charset=utf-8", "只接受本机（127.0.0.1）的请求".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "只接受 GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (STATIC.containsKey(path)) {
                String name = STATIC.get(path);
                try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
                    send(ex, 200, TYPES.get(name), in.readAllBytes());
                }
            } else if (path.equals("/state")) {
                send(ex, 200, "application/json; charset=utf-8", state.json().getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/page/") && path.endsWith(".png")) {
                byte[] png = images.get(path.substring("/page/".length(), path.length() - ".png".length()));
                if (png == null) {
                    send(ex, 404, "text/plain; charset=utf-8", "没有这一页".getBytes(StandardCharsets.UTF_8));
                } else {
                    // an image is named by what it shows: it never changes under its name
                    ex.getResponseHeaders().set("Cache-Control", "max-age=31536000, immutable");
                    send(ex, 200, "image/png", png);
                }
            } else if (path.equals("/web")) {
                byte[] page = web;
                if (page == null) {
                    send(
                            ex,
                            404,
                            "text/plain; charset=utf-8",
                            "没有网页版：用 --format pdf,html 监视".getBytes(StandardCharsets.UTF_8));
                } else {
                    // the web edition needs nothing but its own inline styles: anything else it might ask for is
                    // refused
                    ex.getResponseHeaders().set("Cache-Control", "no-store");
                    send(ex, 200, "text/html; charset=utf-8", page, "default-src 'none'; style-src 'unsafe-inline'");
                }
            } else if (path.equals("/events")) {
                events(ex);
            } else {
                send(ex, 404, "text/plain; charset=utf-8", "没有这个地址".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Whether the request names this machine's loopback address as its host, with this port. */
    private boolean fromHere(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        int port = port();
        return host != null
                && Set.of("127.0.0.1:" + port, "localhost:" + port)
                        .contains(host.strip().toLowerCase());
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        send(ex, status, type, body, "default-src 'self'; img-src 'self'");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String policy) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy", policy);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Server-sent events: the version of each new state as it comes, until the page goes away or the preview
     * stops; a comment now and then keeps the connection open and finds out a closed one.
     */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        int sent = -1;
        try {
            while (!closed) {
                int now;
                synchronized (lock) {
                    if (state.version() == sent) {
                        lock.wait(HEARTBEAT_MS);
                    }
                    now = state.version();
                }
                String line = now != sent ? "data: " + now + "\n\n" : ": 仍在\n\n";
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page went away
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
