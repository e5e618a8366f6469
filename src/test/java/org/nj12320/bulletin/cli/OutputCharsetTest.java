package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Messages reach an editor's screen readable: in a Windows console in its code page, elsewhere in UTF-8. */
class OutputCharsetTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aChineseWindowsConsoleGetsItsOwnCodePage() {
        assertThat(Main.outputCharset("Windows 11", GBK)).isEqualTo(GBK);
        assertThat(Main.outputCharset("Windows 10", StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
        // and the messages' Chinese survives the code page
        String message = "错误：data/2023-04/hotline.yaml:5:10: 数字“calls”：尚未填写（待填）";
        assertThat(new String(message.getBytes(GBK), GBK)).isEqualTo(message);
    }

    @Test
    void outputRedirectedOrOnOtherSystemsIsUtf8() {
        assertThat(Main.outputCharset("Windows 11", null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Main.outputCharset("Linux", StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Main.outputCharset("Mac OS X", GBK)).isEqualTo(StandardCharsets.UTF_8);
    }
}
