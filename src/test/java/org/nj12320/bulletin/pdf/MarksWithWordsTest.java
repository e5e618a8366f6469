package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class MarksWithWordsTest {
    private static String mutated(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder()
                .parse(new InputSource(new StringReader(
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")));
        new MarksWithWords().mutateDocument(doc);
        StringWriter out = new StringWriter();
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.transform(new DOMSource(doc.getDocumentElement().getFirstChild()), new StreamResult(out));
        return out.toString().replaceAll(" xmlns=\"[^\"]*\"", "");
    }

    @Test
    void marksAreKeptWithTheElementTheyFollowOrPrecede() throws Exception {
        assertThat(mutated("<p>一、<strong>突出政治引领</strong>。深入学习</p>"))
                .isEqualTo("<body><p>一、<strong>突出政治引领。</strong>深入学习</p></body>");
        assertThat(mutated("<p>主题是“<em>数字化</em>”。</p>")).isEqualTo("<body><p>主题是<em>“数字化”。</em></p></body>");
        assertThat(mutated("<p>全国<b>337</b>个</p>")).isEqualTo("<body><p>全国<b>337</b>个</p></body>");
    }
}
