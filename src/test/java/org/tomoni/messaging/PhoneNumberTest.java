package org.tomoni.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "090-1234-5678       | +819012345678",
            "09012345678         | +819012345678",
            "+81 90 1234 5678    | +819012345678",
            "+81-90-1234-5678    | +819012345678",
            "０９０−１２３４−５６７８ | +819012345678",
            "(03) 1234-5678      | +81312345678",
            "050-3123-4567       | +815031234567",
            "+1 650 253 0000     | +16502530000",
            "+44 7400 123456     | +447400123456"})
    void understandsJapaneseAndInternationalForms(String typed, String e164) {
        assertThat(PhoneNumber.parse(typed).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12", "090-1234", "hello", "+81 00 0000 0000", "0120-000"})
    void refusesWhatIsNotAPhoneNumber(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageNotContaining(typed.isBlank() ? "\u0000" : typed);
    }

    @Test
    void othersSeeOnlyTheLastFourDigits() {
        PhoneNumber yuki = PhoneNumber.parse("090-1234-5678");

        assertThat(yuki.masked()).isEqualTo("•••• ••• 5678");
        assertThat(yuki.toString()).isEqualTo("•••• ••• 5678").doesNotContain("1234");
    }

    @Test
    void theOwnerSeesTheFamiliarForm() {
        assertThat(PhoneNumber.parse("+819012345678").formattedForOwner()).isEqualTo("090-1234-5678");
        assertThat(PhoneNumber.parse("+16502530000").formattedForOwner()).isEqualTo("+1 650-253-0000");
    }

    @Test
    void knowsWhichNumbersCanReceiveTexts() {
        assertThat(PhoneNumber.parse("090-1234-5678").canReceiveSms()).isTrue();
        assertThat(PhoneNumber.parse("03-1234-5678").canReceiveSms()).isFalse();
    }
}
