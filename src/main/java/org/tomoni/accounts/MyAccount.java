package org.tomoni.accounts;

/** What a signed-in person can do with their own account. */
public interface MyAccount {

    Person me();

    void rename(String name);

    /**
     * Sends a code to a mobile number the person wants to sign in with. The number becomes theirs only once they
     * type the code, so a typo never lets a stranger's phone into the account.
     */
    CodeRequest addPhone(String typedNumber);

    PhoneChange confirmPhone(String typedNumber, String code);

    /** @param current the present PIN; ignored for a person who has none yet */
    PinChange setPin(String current, String pin, String repeated);

    void removePin();

    /** @param current the present password; ignored for a person who has none yet (they proved who they are by SMS) */
    PasswordChange setPassword(String current, String newPassword);

    /** Ends every session and forgets every remembered tablet of this person, this one included. */
    void signOutEverywhere();

    /** Everything Tomoni holds about the person, section by section, as readable JSON (Japan's APPI, article 33). */
    String myDataAsJson();

    /**
     * Deletes the account; every module removes or anonymises what it holds about the person.
     *
     * @throws IllegalStateException for Tomoni's last administrator, who must hand the role on first
     */
    void deleteMyAccount();

    enum PhoneChange {
        SAVED,
        WRONG_CODE,
        CODE_NO_LONGER_VALID,
        NUMBER_BELONGS_TO_ANOTHER_ACCOUNT,
        TOO_MANY_TRIES
    }

    enum PinChange {
        SAVED,
        CURRENT_IS_WRONG,
        NOT_FOUR_TO_EIGHT_DIGITS,
        TOO_EASY_TO_GUESS,
        NOT_THE_SAME
    }

    enum PasswordChange {
        SAVED,
        CURRENT_IS_WRONG,
        TOO_SHORT,
        TOO_COMMON
    }
}
