package org.patnav.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of a report in one language: {@code org/patnav/report/<bundle>_<lang>.properties}, UTF-8,
 * {@link MessageFormat} patterns ({@code {0,number,#,##0}} for counts; an apostrophe is written {@code ''}). A key missing from the file
 * fails loudly rather than printing the key into a report.
 */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("zh", "en");

    private final String bundle;
    private final String lang;
    private final Locale locale;
    private final Properties texts = new Properties();

    public Messages(String bundle, String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("language " + lang + " is not one of " + LANGUAGES);
        }
        this.bundle = bundle;
        this.lang = lang;
        this.locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String resource = bundle + "_" + lang + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no message file " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with its arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + bundle + "_" + lang + ".properties");
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }
}
