import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The latency of {@code bulletin watch --preview}: from a file saved to the new PDF written, and to the new
 * page images in the preview. A copy of the March issue is watched; its appointments file is saved with a
 * changed figure twenty times (after a few saves not counted, while the running process warms up), and each
 * time the program waits for the line the build prints once the PDF is written, then for the preview's state
 * to show the new build and for the images of the changed pages to be served.
 *
 * <pre>java bench/Latency.java [edits]</pre> (run from the project's folder; the tool is run with ./bulletin)
 */
public class Latency {
    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = 5;
        Path tmp = Files.createTempDirectory("bulletin-latency");
        Path data = tmp.resolve("data");
        copy(Path.of("data/2023-03"), data.resolve("2023-03"));
        Path file = data.resolve("2023-03/appointments.yaml");
        String original = Files.readString(file);
        Process watch = new ProcessBuilder(
                        "./bulletin", "watch", "--month", "2023-03", "--data", data.toString(),
                        "--out", tmp.resolve("m.pdf").toString(), "--preview")
                .redirectErrorStream(true)
                .start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (Exception e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        String url = null;
        Pattern address = Pattern.compile("预览：(http://127\\.0\\.0\\.1:\\d+/)");
        while (true) {
            String l = lines.poll(120, TimeUnit.SECONDS);
            if (l == null) {
                throw new IllegalStateException("watch did not start");
            }
            Matcher m = address.matcher(l);
            if (m.find()) {
                url = m.group(1);
            }
            if (l.contains("2023-03  ") && l.contains(" 页 ")) {
                break;
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        int version = version(http, url);
        java.util.Set<String> seen = new java.util.HashSet<>(digests(get(http, url + "state")));
        List<Double> toPdf = new ArrayList<>();
        List<Double> toPreview = new ArrayList<>();
        for (int i = 1; i <= warmUp + edits; i++) {
            Thread.sleep(300); // an editor's saves are seconds apart; the watcher's quiet time is not measured twice
            lines.clear();
            long t0 = System.nanoTime();
            Files.writeString(file, original.replace("given: 31896389}", "given: " + (31896389 + i) + "}"));
            String l;
            do {
                l = lines.poll(60, TimeUnit.SECONDS);
                if (l == null) {
                    throw new IllegalStateException("no build after edit " + i);
                }
            } while (!(l.contains("2023-03  ") && l.contains(" 页 ")));
            long t1 = System.nanoTime();
            String state;
            do {
                state = get(http, url + "state");
            } while (versionOf(state) <= version);
            version = versionOf(state);
            // as the page does: only the images of pages it has not shown yet
            for (String digest : digests(state)) {
                if (seen.add(digest)) {
                    get(http, url + "page/" + digest + ".png");
                }
            }
            long t2 = System.nanoTime();
            if (i > warmUp) {
                toPdf.add((t1 - t0) / 1e9);
                toPreview.add((t2 - t0) / 1e9);
            }
        }
        watch.destroy();
        watch.waitFor(10, TimeUnit.SECONDS);
        System.out.printf("saved → PDF written       median %.3f s  (min %.3f, max %.3f, %d edits)%n",
                median(toPdf), min(toPdf), max(toPdf), toPdf.size());
        System.out.printf("saved → preview's images  median %.3f s  (min %.3f, max %.3f)%n",
                median(toPreview), min(toPreview), max(toPreview));
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static int version(HttpClient http, String url) throws Exception {
        return versionOf(get(http, url + "state"));
    }

    static int versionOf(String state) {
        Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(state);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static List<String> digests(String state) {
        Matcher pages = Pattern.compile("\"pages\":\\[([^\\]]*)]").matcher(state);
        List<String> out = new ArrayList<>();
        if (pages.find()) {
            Matcher d = Pattern.compile("\"([0-9a-f]+)\"").matcher(pages.group(1));
            while (d.find()) {
                out.add(d.group(1));
            }
        }
        return out;
    }

    static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    static double min(List<Double> xs) {
        return xs.stream().min(Double::compare).orElse(0.0);
    }

    static double max(List<Double> xs) {
        return xs.stream().max(Double::compare).orElse(0.0);
    }
}
