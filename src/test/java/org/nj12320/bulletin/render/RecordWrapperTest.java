package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/** The views as the templates see them: a record's methods as keys of a hash, and as methods to call. */
class RecordWrapperTest {
    interface Kinded {
        String code();

        default String kind() {
            return "kind-" + code();
        }
    }

    /** Not public, as this package's own records are not. */
    record Row(String code, String note, int count, boolean missing, List<String> parts) implements Kinded {
        String secret() {
            return "not public";
        }

        public String label() {
            return code + "（" + count + "）";
        }

        public String twice(String s) {
            return s + s;
        }
    }

    private static String render(String template, Object row) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(new RecordWrapper());
        cfg.setNumberFormat("computer");
        cfg.setLogTemplateExceptions(false);
        cfg.setTemplateExceptionHandler(freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
        Map<String, Object> model = new HashMap<>();
        model.put("r", row);
        model.put("day", LocalDate.of(2023, 4, 27));
        StringWriter out = new StringWriter();
        new Template("t", template, cfg).process(model, out);
        return out.toString();
    }

    @Test
    void componentsAndMethodsWithoutParametersAreKeysAndCanBeCalled() throws Exception {
        Row row = new Row("甲", null, 12345, true, List.of("a", "b"));
        assertThat(render("${r.code} ${r.kind} ${r.label} ${r.label()} ${r.count} ${r.count + 1}", row))
                .isEqualTo("甲 kind-甲 甲（12345） 甲（12345） 12345 12346");
        assertThat(render("${r.note!'无'} ${r.missing?c} <#list r.parts as p>${p}</#list> ${r.parts?size}", row))
                .isEqualTo("无 true ab 2");
        assertThat(render("${r.note???c} ${r.nothing???c}", row)).isEqualTo("false false");
    }

    @Test
    void otherObjectsAreWrappedAsFreeMarkerWrapsThem() throws Exception {
        assertThat(render("${day.year} 年 ${day.monthValue} 月", null)).isEqualTo("2023 年 4 月");
    }

    @Test
    void methodsWithParametersAndThoseNotPublicAreNotShown() {
        Row row = new Row("甲", null, 1, false, List.of());
        assertThatThrownBy(() -> render("${r.secret}", row)).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> render("${r.twice('x')}", row)).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> render("${r.label('x')}", row)).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> render("${r.hashCode}", row)).isInstanceOf(TemplateException.class);
    }
}
