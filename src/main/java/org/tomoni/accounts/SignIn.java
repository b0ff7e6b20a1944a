package org.tomoni.accounts;

import java.util.List;
import java.util.Optional;

import org.tomoni.shell.Language;

/**
 * The ways in. Each call counts against limits per person and per place, and answers the same whether or not a
 * person exists, so nobody can find out who has an account by trying. A successful call starts the session.
 */
public interface SignIn {

    CodeRequest sendCode(String typedNumber, Language language);

    SignInOutcome withCode(String typedNumber, String code, boolean rememberThisDevice);

    SignInOutcome withPin(String typedNumber, String pin, boolean rememberThisDevice);

    SignInOutcome withPassword(String email, String password);

    /** The class a class code opens; empty for a code that opens none (also counted against the limits). */
    Optional<ClassList> classList(String classCode);

    SignInOutcome withPictures(String classCode, PersonId student, List<Picture> pictures);

    /** A student's first sign-in (or after their teacher reset it): they choose the pictures, which signs them in. */
    SignInOutcome choosePictures(String classCode, PersonId student, List<Picture> pictures);
}
