package org.tomoni.accounts.internal;

import org.junit.jupiter.api.Test;
import org.tomoni.accounts.MyAccount.PasswordChange;
import org.tomoni.accounts.MyAccount.PinChange;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void aPinIsFourToEightDigitsNotAStraightRunAndTypedTheSameTwice() {
        assertThat(Secrets.checkPin("2580", "2580")).isEqualTo(PinChange.SAVED);
        assertThat(Secrets.checkPin("25801379", "25801379")).isEqualTo(PinChange.SAVED);
        assertThat(Secrets.checkPin("258", "258")).isEqualTo(PinChange.NOT_FOUR_TO_EIGHT_DIGITS);
        assertThat(Secrets.checkPin("25a0", "25a0")).isEqualTo(PinChange.NOT_FOUR_TO_EIGHT_DIGITS);
        assertThat(Secrets.checkPin("1111", "1111")).isEqualTo(PinChange.TOO_EASY_TO_GUESS);
        assertThat(Secrets.checkPin("1234", "1234")).isEqualTo(PinChange.TOO_EASY_TO_GUESS);
        assertThat(Secrets.checkPin("9876", "9876")).isEqualTo(PinChange.TOO_EASY_TO_GUESS);
        assertThat(Secrets.checkPin("2580", "2581")).isEqualTo(PinChange.NOT_THE_SAME);
    }

    @Test
    void aPasswordIsLongAndNotOneEverybodyUses() {
        assertThat(Secrets.checkPassword("my cat likes tea")).isEqualTo(PasswordChange.SAVED);
        assertThat(Secrets.checkPassword("ねこはおちゃがすきです")).isEqualTo(PasswordChange.SAVED);
        assertThat(Secrets.checkPassword("short")).isEqualTo(PasswordChange.TOO_SHORT);
        assertThat(Secrets.checkPassword("Password123")).isEqualTo(PasswordChange.TOO_COMMON);
        assertThat(Secrets.checkPassword("1234567890")).isEqualTo(PasswordChange.TOO_COMMON);
        assertThat(Secrets.checkPassword("aaaaaaaaaaaa")).isEqualTo(PasswordChange.TOO_COMMON);
    }

    @Test
    void codesAndClassCodesAreReadTheWayPeopleTypeThem() {
        assertThat(SignInCodes.digitsOf(" １２３ ４５６ ")).isEqualTo("123456");
        assertThat(ClassroomStore.normalise(" ｓａｋｕｒａ ")).isEqualTo("SAKURA");
        assertThat(ClassroomStore.normalise("sak-ura")).isEqualTo("SAKURA");
    }
}
