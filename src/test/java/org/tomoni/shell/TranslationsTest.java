package org.tomoni.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible text exists in English and Japanese, and views take their texts from the bundles. The source scan
 * is a heuristic: it catches string literals handed to the Vaadin calls that put text on screen.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|translate)\\(\\s*\"([^\"]+)\"|@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern COMPLETE_KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(?:new\\s+(?:H[1-6]|Paragraph|Span|Div|Button|Anchor|RouterLink|Checkbox|TextField|TextArea|"
                    + "PasswordField|EmailField|NumberField|IntegerField|Select|ComboBox|RadioButtonGroup|DatePicker|"
                    + "Details|Tab|Notification|NativeLabel|ListItem|Emphasis|Pre)\\s*\\(\\s*"
                    + "|\\.(?:setText|setLabel|setTitle|setHeaderTitle|setPlaceholder|setHelperText|setAriaLabel|"
                    + "setErrorMessage|setTooltipText|setPageTitle|setSummaryText)\\(\\s*"
                    + "|Notification\\.show\\(\\s*"
                    + "|setAttribute\\(\\s*\"(?:aria-label|title|alt|placeholder)\"\\s*,\\s*)"
                    + "\"([^\"]*\\p{L}[^\"]*)\"");

    private final Properties english = bundle("en");
    private final Properties japanese = bundle("ja");

    @Test
    void everyKeyExistsInBothLanguages() {
        assertThat(japanese.stringPropertyNames()).as("keys in Japanese")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() {
        for (Properties bundle : List.of(english, japanese)) {
            bundle.forEach((key, value) -> assertThat((String) value).as("text of %s", key).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : javaSources()) {
            Matcher matcher = KEY_USE.matcher(source);
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!COMPLETE_KEY.matcher(key).matches()) {
                    continue; // a prefix completed at run time ("size." + name) or an example in a comment
                }
                used.add(key);
                if (matcher.group(2) != null) {
                    used.add(key + ".description");
                }
            }
        }
        assertThat(used).as("keys used in code").isNotEmpty();
        assertThat(english.stringPropertyNames()).as("English keys").containsAll(used);
        assertThat(japanese.stringPropertyNames()).as("Japanese keys").containsAll(used);
    }

    @Test
    void viewsContainNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = HARD_CODED_TEXT.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(file.getFileName() + ": \"" + matcher.group(1) + "\"");
                }
            }
        }
        assertThat(found).as("texts that belong in vaadin-i18n/translations_*.properties").isEmpty();
    }

    @Test
    void theScanRecognisesHardCodedText() {
        assertThat(HARD_CODED_TEXT.matcher("add(new H1(\"Welcome\"));").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("button.setText(\"保存\");").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("el.setAttribute(\"aria-label\", \"Close\")").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("add(new H1(getTranslation(\"home.heading\")));").find()).isFalse();
        assertThat(HARD_CODED_TEXT.matcher("link.setText(\"\");").find()).isFalse();
    }

    private static List<String> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
        }
    }

    private static Properties bundle(String language) {
        String name = "/vaadin-i18n/translations_" + language + ".properties";
        try (InputStream in = TranslationsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
