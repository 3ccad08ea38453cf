package org.patnav.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The chart library inlined into an HTML report, so the page opens with no network at all.
 *
 * <p>{@link #echarts()} reads Apache ECharts from the {@code org.webjars:echarts} jar on the classpath. Its
 * version is written once, as {@code echarts.version} in the parent pom; here it is read back from the
 * webjar's own {@code pom.properties}, which gives the path of the script inside the jar.
 *
 * @param name   what the report's footer names, with the version ("Apache ECharts 5.5.0")
 * @param script  the JavaScript, placed verbatim inside a {@code <script>} element
 */
public record ChartLibrary(String name, String script) {

    private static final String WEBJAR = "META-INF/maven/org.webjars/echarts/pom.properties";

    public ChartLibrary {
        // Text inside <script> ends at the first "</script"; "<!--" switches the parser into a mode where
        // it may swallow the rest of the page. Neither is in a minified library, but check rather than trust.
        String lower = script.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalArgumentException("chart library " + name
                    + " contains </script or <!--, so it cannot be inlined into a page");
        }
    }

    /** Apache ECharts from the webjar; read once and kept (about 1 MB). */
    public static ChartLibrary echarts() {
        return Bundled.ECHARTS;
    }

    private static final class Bundled {
        static final ChartLibrary ECHARTS = load();

        private static ChartLibrary load() {
            ClassLoader loader = ChartLibrary.class.getClassLoader();
            Properties pom = new Properties();
            try (InputStream in = loader.getResourceAsStream(WEBJAR)) {
                if (in == null) {
                    throw new IllegalStateException("no " + WEBJAR + " on the classpath: is org.webjars:echarts"
                            + " a dependency?");
                }
                pom.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String version = pom.getProperty("version");
            String path = "META-INF/resources/webjars/echarts/" + version + "/echarts.min.js";
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("no " + path + " in the echarts webjar " + version);
                }
                return new ChartLibrary("Apache ECharts " + version,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
