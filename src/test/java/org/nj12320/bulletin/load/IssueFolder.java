package org.nj12320.bulletin.load;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nj12320.bulletin.world.DiskFolder;

/** Writes a small issue into a temporary data folder for loader tests. */
final class IssueFolder {
    final Path data;
    final Path dir;

    IssueFolder(Path tmp, String period) throws IOException {
        this.data = tmp.resolve("data");
        this.dir = data.resolve(period);
        Files.createDirectories(dir);
    }

    IssueFolder manifest(String sections) throws IOException {
        return write("issue.yaml", """
                bulletin: 南京卫生信息
                publisher: 南京市卫生信息中心
                period: 2023-03
                printed: 2023-04-27
                sections:
                """ + sections + """
                colophon:
                  organisation: 南京市卫生信息中心
                  address: 南京市紫竹林 3号
                  postcode: "210003"
                  phone: 025-83626620
                """);
    }

    IssueFolder table(String yaml) throws IOException {
        manifest("  - table: t.yaml\n");
        return write("t.yaml", yaml);
    }

    IssueFolder write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    IssueFolder write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, cs);
        return this;
    }

    IssueLoader loader() {
        return new IssueLoader(new DiskFolder(data, "data"), new DiskFolder(Path.of("templates"), "templates"));
    }
}
