package org.tomoni.help.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How texts name people: by the first word of their name only, never the whole name. */
class HelpTextsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Hanako Yamada        | Hanako",
            "山田　花子             | 山田",
            "山田 花子              | 山田",
            "'  Kenji   Sato  '   | Kenji",
            "'　Aiko　Tanaka'      | Aiko",
            "Tom                  | Tom",
            "花子                  | 花子",
            "Mary Ann Smith       | Mary"})
    void theFirstWordOfTheName(String name, String first) {
        assertThat(HelpTexts.firstName(name)).isEqualTo(first);
    }
}
