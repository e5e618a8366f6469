package org.nj12320.bulletin.pdf;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;

/**
 * The renderer's cache of font metrics, shared by every document of the process. The renderer asks for the
 * metrics of every font a family list names, the fallbacks too; a fallback whose metrics it finds here is
 * not read at all unless a character needs it, which keeps the full fonts out of most builds.
 */
final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

    /** The renderer's key for the metrics of a face (see PdfBoxFontResolver). */
    static String key(String family, int weight) {
        return "font-metrics2:" + family + ":" + weight + ":normal";
    }

    @Override
    public void put(String key, FSCacheValue value) {
        map.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        return map.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return map.get(key);
    }
}
