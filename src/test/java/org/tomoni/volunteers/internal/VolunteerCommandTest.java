package org.tomoni.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a volunteer texts, as they would type it on any phone, in English or Japanese. */
class VolunteerCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ON         | On[]",
            " on        | On[]",
            "ＯＮ        | On[]",
            "オン        | On[]",
            "off        | Off[]",
            "オフ        | Off[]",
            "PAUSE 7    | Pause[days=7]",
            "pause7     | Pause[days=7]",
            "Pause 14 days | Pause[days=14]",
            "休み 7      | Pause[days=7]",
            "休み７日     | Pause[days=7]",
            "やすみ 3    | Pause[days=3]",
            "STATUS     | Status[]",
            "状態        | Status[]",
            "ON.        | On[]",
            "オン。       | On[]",
            "おふ        | Off[]",
            "PAUSE      | Pause[days=0]",
            "休み        | Pause[days=0]"})
    void understandsTheCommandsInBothLanguages(String text, String command) {
        assertThat(VolunteerCommand.parse(text)).hasValueSatisfying(parsed ->
                assertThat(parsed.toString()).isEqualTo(command));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "YES 4821", "HELP my LINE won't open", "ON please", "PAUSE seven", "はい"})
    void leavesEveryOtherTextForOthers(String text) {
        assertThat(VolunteerCommand.parse(text)).isEmpty();
    }
}
