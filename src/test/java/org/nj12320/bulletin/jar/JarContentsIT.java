package org.nj12320.bulletin.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the packaged jar holds: the classes it runs on, and the licence of everything it bundles. */
class JarContentsIT {
    static JarFile jar;

    @BeforeAll
    static void open() throws IOException {
        jar = new JarFile(Path.of(System.getProperty("bulletin.jar", "target/bulletin.jar"))
                .toFile());
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    private static String text(String entry) throws IOException {
        ZipEntry e = jar.getEntry(entry);
        assertThat(e).as(entry).isNotNull();
        try (var in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The libraries bundled, as groupId:artifactId, from the Maven descriptors they carry. */
    private static List<String> bundled() throws IOException {
        List<String> out = new ArrayList<>();
        for (var e : jar.stream().toList()) {
            if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                Properties p = new Properties();
                try (var in = jar.getInputStream(e)) {
                    p.load(in);
                }
                String id = p.getProperty("groupId") + ":" + p.getProperty("artifactId");
                if (!id.equals("org.nj12320:bulletin")) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    @Test
    void noDataBindingIsBundled() {
        assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(n -> n.startsWith("com/fasterxml/jackson/databind/"));
        assertThat(jar.getEntry("com/fasterxml/jackson/dataformat/yaml/YAMLParser.class"))
                .isNotNull();
    }

    @Test
    void theJarCarriesItsOwnLicenceAndNotice() throws IOException {
        assertThat(text("META-INF/LICENSE")).contains("Apache License", "Version 2.0, January 2004");
        assertThat(text("META-INF/NOTICE")).contains("bulletin", "THIRD-PARTY.txt");
    }

    @Test
    void everyBundledLibraryIsListedWithItsLicence() throws IOException {
        String thirdParty = text("META-INF/THIRD-PARTY.txt");
        List<String> libraries = new ArrayList<>(bundled());
        assertThat(libraries).contains("org.apache.pdfbox:pdfbox", "org.apache.pdfbox:fontbox");
        // the layout is the project's own: no HTML renderer, no AWT graphics bridge
        assertThat(libraries).noneMatch(l -> l.contains("openhtmltopdf") || l.contains("graphics2d"));
        assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(n -> n.startsWith("com/openhtmltopdf/"));
        // two libraries carry no Maven descriptor: known by their classes
        assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
        assertThat(jar.getEntry("freemarker/template/Template.class")).isNotNull();
        libraries.addAll(List.of("info.picocli:picocli", "org.freemarker:freemarker"));
        for (String library : libraries) {
            // a line such as “(Apache-2.0) Apache PDFBox (org.apache.pdfbox:pdfbox:3.0.8 - …)”
            assertThat(thirdParty.lines().filter(l -> l.contains("(" + library + ":")))
                    .as(library)
                    .singleElement()
                    .satisfies(
                            l -> assertThat(l.strip()).matches("\\(.*(Apache|Lesser General Public|BSD|MIT).*\\) .*"));
        }
    }

    @Test
    void theLicenceFilesTheLibrariesShipAreKeptOnePerLibrary() throws IOException {
        assertThat(text("META-INF/licenses/commonmark/LICENSE.txt")).contains("Redistribution and use");
        assertThat(text("META-INF/licenses/pdfbox/NOTICE")).contains("Apache PDFBox");
        assertThat(text("META-INF/licenses/jackson-core/LICENSE")).isNotBlank();
        assertThat(text("META-INF/licenses/jsoup/LICENSE")).contains("MIT License");
        // nothing of the libraries' own is left where it would stand for the whole jar
        assertThat(jar.stream().map(ZipEntry::getName))
                .filteredOn(n -> n.matches("META-INF/[^/]*(LICENSE|NOTICE)[^/]*"))
                .containsExactlyInAnyOrder("META-INF/LICENSE", "META-INF/NOTICE");
    }
}
