package org.nj12320.bulletin.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lets the renderer load nothing from outside the document: no web address, no file. Every attempt is
 * refused and remembered, and becomes an error naming what the templates referred to.
 */
final class ResourceGuard {
    private final Set<String> refused = new LinkedHashSet<>();

    void install(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl(
                (uri, type) -> {
                    synchronized (refused) {
                        refused.add(uri);
                    }
                    return false;
                },
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUriResolver((base, uri) -> uri);
    }

    /** One error per reference the renderer tried to load. */
    List<Problem> problems(String templatesDisplay) {
        List<Problem> out = new ArrayList<>();
        synchronized (refused) {
            for (String uri : refused) {
                out.add(Problem.error(
                        SourceRef.file(templatesDisplay),
                        "模板引用了外部资源“" + uri + "”，排版时不会加载",
                        "本刊不从网络或项目之外读取任何文件；删去该引用（图片、样式表、字体），样式写进 style/print.css"));
            }
        }
        return out;
    }
}
