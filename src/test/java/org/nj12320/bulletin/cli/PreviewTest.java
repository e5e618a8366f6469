package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Chromium;
import org.nj12320.bulletin.testing.DataFiles;

/**
 * The live preview in a real headless browser: it shows the pages of the issue; a figure saved in a file
 * replaces the image of its page without the page being reloaded, and only that image; a slip in the data puts
 * the error above the pages, which stay, marked out of date. A request naming another host is refused. A
 * screenshot is left in {@code target/preview.png} to be looked at.
 */
// among the longest: started first, so that the others fill the second thread around it
@org.junit.jupiter.api.Order(3)
class PreviewTest {
    @TempDir
    Path tmp;

    /** {@code watch --preview} of a copy of the March issue (in {@code data/2023-03} under the test's folder). */
    private Watching watchMarch(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(more));
        args.add("--preview");
        return Watching.march(Watching.marchIn(tmp).getParent(), tmp.resolve("m.pdf"), args.toArray(String[]::new));
    }

    /** The address the preview said it is served at: the whole of it, and its port. */
    private static Matcher address(Watching watch) throws Exception {
        watch.await("the address of the preview", o -> o.contains("预览：http://127.0.0.1:"));
        Matcher m = Pattern.compile("预览：(http://127\\.0\\.0\\.1:(\\d+)/)").matcher(watch.out());
        assertThat(m.find()).isTrue();
        return m;
    }

    @Test
    void thePagesChangeAsTheDataDoes() throws Exception {
        try (Chromium browser = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
                Watching watch = watchMarch()) {
            Path march = tmp.resolve("data/2023-03");
            Matcher m = address(watch);
            String url = m.group(1);
            int port = Integer.parseInt(m.group(2));
            watch.await("the first build", o -> Watching.builds(o, "2023-03") >= 1);

            browser.navigate(url);
            browser.await(
                    "the six pages, drawn",
                    "document.querySelectorAll('#pages img').length === 6"
                            + " && [...document.querySelectorAll('#pages img')].every(i => i.complete && i.naturalWidth > 800)");
            assertThat(browser.eval("document.querySelectorAll('#thumbs a').length"))
                    .isEqualTo("6");
            assertThat(browser.eval("document.getElementById('status').textContent"))
                    .contains("已生成，共 6 页");
            String before =
                    browser.eval("[...document.querySelectorAll('#pages img')].map(i => i.dataset.digest).join(' ')");
            // a mark that a reload would lose
            browser.eval("window.notReloaded = true");

            DataFiles.edit(march, "platform-districts.yaml", "数据上传量: 21694466,", "数据上传量: 21694477,");
            browser.await("a new version", "document.body.dataset.version === '2'");
            browser.await("its images drawn", "[...document.querySelectorAll('#pages img')].every(i => i.complete)");
            assertThat(browser.eval("window.notReloaded === true"))
                    .as("the page was not reloaded")
                    .isEqualTo("true");
            String after =
                    browser.eval("[...document.querySelectorAll('#pages img')].map(i => i.dataset.digest).join(' ')");
            String[] b = before.split(" ");
            String[] a = after.split(" ");
            int changed = 0;
            for (int i = 0; i < a.length; i++) {
                changed += a[i].equals(b[i]) ? 0 : 1;
            }
            assertThat(changed)
                    .as("pages whose image changed: " + before + " → " + after)
                    .isEqualTo(1);
            // and the editor is shown where the save landed: that page's thumbnail marked, its number said
            String marked = browser.eval(
                    "[...document.querySelectorAll('#thumbs a.changed')].map(a => a.textContent)" + ".join(' ')");
            assertThat(marked).matches("\\d+");
            assertThat(a[Integer.parseInt(marked) - 1]).isNotEqualTo(b[Integer.parseInt(marked) - 1]);
            assertThat(browser.eval("document.getElementById('status').textContent"))
                    .endsWith("；第 " + marked + " 页有改动");
            assertThat(browser.eval("document.querySelector('#status a').getAttribute('href')"))
                    .isEqualTo("#page-" + marked);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/preview.png"), browser.screenshot());

            // a save that changes nothing printed (a comment) is said to have changed nothing
            Files.writeString(
                    march.resolve("platform-districts.yaml"),
                    "# 已核对\n" + Files.readString(march.resolve("platform-districts.yaml")));
            browser.await("a third version", "document.body.dataset.version === '3'");
            assertThat(browser.eval("document.getElementById('status').textContent"))
                    .endsWith("；页面没有变化");
            assertThat(browser.eval("document.querySelectorAll('#thumbs a.changed').length"))
                    .isEqualTo("0");

            DataFiles.edit(march, "platform-districts.yaml", "{接入单位: 江宁区, 数据上传量", "{接入单位: 江宁区，数据上传量");
            browser.await("the error above the pages", "document.body.classList.contains('stale')");
            assertThat(browser.eval("document.querySelector('#problems .error').textContent"))
                    .contains("platform-districts.yaml:"
                            + DataFiles.lineOf(march, "platform-districts.yaml", "{接入单位: 江宁区，数据上传量") + ":15")
                    .contains("全角逗号“，”不能分隔两项");
            // the line of the file is shown with the slip marked
            assertThat(browser.eval("document.querySelector('#problems .error .excerpt').textContent"))
                    .contains("- {接入单位: 江宁区，数据上传量");
            assertThat(browser.eval("document.querySelector('#problems .error .excerpt mark').textContent"))
                    .isEqualTo("，");
            assertThat(browser.eval("document.querySelectorAll('#pages img').length"))
                    .isEqualTo("6");
            Files.write(Path.of("target/preview-error.png"), browser.screenshot());
            assertThat(browser.eval("document.querySelector('#problems summary').textContent"))
                    .startsWith("1 个错误");

            // a long list of problems (the slip mended, a day count spelt out in every row) scrolls in a box of
            // its own, under a line that counts them: the pages stay in view below it
            DataFiles.edit(march, "platform-districts.yaml", "{接入单位: 江宁区，数据上传量", "{接入单位: 江宁区, 数据上传量");
            Path districts = march.resolve("platform-districts.yaml");
            for (String file : List.of("platform-hospitals.yaml", "platform-districts.yaml")) {
                String rows = Files.readString(march.resolve(file));
                assertThat(rows).contains("数据上传天数: 31,");
                Files.writeString(march.resolve(file), rows.replace("数据上传天数: 31,", "数据上传天数: 三十一,"));
            }
            browser.await("many errors", "document.querySelectorAll('#problems .error').length >= 30");
            assertThat(browser.eval("document.querySelector('#problems summary').textContent"))
                    .matches("\\d+ 个错误.*");
            browser.viewport(1280, 800, false);
            assertThat(browser.eval("document.querySelector('#pages img').getBoundingClientRect().top < innerHeight"))
                    .as("the first page begins inside the window, under the list of problems")
                    .isEqualTo("true");
            // closed by the editor, the list stays closed while the next build has no more errors
            browser.eval("document.querySelector('#problems summary').click()");
            assertThat(browser.eval("document.querySelector('#problems details').open"))
                    .isEqualTo("false");
            Files.writeString(districts, "# 改了一处注释\n" + Files.readString(districts));
            browser.await(
                    "the build after it",
                    "document.body.dataset.version === '"
                            + (Integer.parseInt(browser.eval("document.body.dataset.version")) + 1) + "'");
            assertThat(browser.eval("document.querySelector('#problems details').open"))
                    .isEqualTo("false");

            assertThat(status(port, "evil.example:" + port)).isEqualTo(403);
            assertThat(status(port, "127.0.0.1:" + port)).isEqualTo(200);
            assertThat(browser.eval("document.getElementById('editions').hidden"))
                    .as("no web edition was asked for")
                    .isEqualTo("true");
        }
    }

    /**
     * Watching both editions, the preview shows the web edition too, at a phone's width, and replaces it
     * when a figure is saved.
     */
    @Test
    void theWebEditionChangesAsTheDataDoes() throws Exception {
        try (Chromium browser = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
                Watching watch = watchMarch("--format", "pdf,html")) {
            Path march = tmp.resolve("data/2023-03");
            Matcher m = address(watch);
            watch.await("the first build", o -> o.contains("m.pdf、"));
            browser.navigate(m.group(1));
            browser.await("the switch of editions", "!document.getElementById('editions').hidden");
            browser.eval("document.getElementById('show-phone').click(); true");
            String frame = "document.getElementById('web-frame')";
            browser.await(
                    "the web edition in its frame",
                    frame + ".contentDocument && " + frame + ".contentDocument.querySelectorAll('table').length === 4");
            assertThat(browser.eval(frame + ".clientWidth")).isEqualTo("390");
            assertThat(browser.eval(frame + ".contentDocument.body.textContent.includes('21694466')"))
                    .isEqualTo("true");
            assertThat(browser.eval("document.getElementById('pages').hidden")).isEqualTo("true");
            browser.eval("window.notReloaded = true");
            // reading the tables, far down the page
            browser.eval(frame + ".contentWindow.scrollTo(0, 3000); true");

            DataFiles.edit(march, "platform-districts.yaml", "数据上传量: 21694466,", "数据上传量: 21694477,");
            browser.await(
                    "the new figure in the web edition",
                    frame + ".contentDocument && " + frame + ".contentDocument.body" + " && " + frame
                            + ".contentDocument.body.textContent.includes('21694477')");
            assertThat(browser.eval("window.notReloaded === true")).isEqualTo("true");
            browser.await("the place where the editor was reading", frame + ".contentWindow.scrollY === 3000");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/preview-web.png"), browser.screenshot());
            browser.eval("document.getElementById('show-print').click(); true");
            assertThat(browser.eval("document.getElementById('web').hidden")).isEqualTo("true");
        }
    }

    /** The status of a request for the state naming a host, as a page of another site would name it. */
    private static int status(int port, String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line =
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
    }
}
